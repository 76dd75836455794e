// The stream classes: shape (names, inheritance, callable without new),
// constructor option validation, the info option of the one-shot forms,
// and stream options (objectMode and encoding are ignored).
'use strict';
const zlib = require('zlib');
const { Transform, Duplex, Readable } = require('stream');

const names = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress'];

for (const name of names) {
  const C = zlib[name];
  const viaNew = new C();
  // eslint-disable-next-line new-cap
  const viaCall = C();
  const viaCreate = zlib[`create${name}`]();
  const base = Object.getPrototypeOf(C.prototype).constructor;
  const base2 = Object.getPrototypeOf(base.prototype).constructor;
  console.log(name, C.length, typeof C, viaNew instanceof C, viaCall instanceof C, viaCreate instanceof C,
    viaNew instanceof Transform, viaNew instanceof Duplex, viaNew instanceof Readable,
    base.name, base2.name, viaNew.constructor.name);
  console.log('  fields:', viaNew._chunkSize, viaNew._defaultFlushFlag, viaNew._finishFlushFlag,
    viaNew._defaultFullFlushFlag, viaNew.bytesWritten, viaNew._closed, viaNew._level, viaNew._strategy,
    viaNew.readableHighWaterMark, viaNew.writableHighWaterMark, typeof viaNew._handle);
  for (const s of [viaNew, viaCall, viaCreate]) s.close();
}

function attempt(label, fn) {
  try {
    fn();
    console.log(`${label}: ok`);
  } catch (err) {
    console.log(`${label}: ${err.name} ${err.code} ${err.message}`);
  }
}

attempt('chunkSize 63', () => zlib.createGzip({ chunkSize: 63 }));
attempt('chunkSize string', () => zlib.createGzip({ chunkSize: '1024' }));
attempt('chunkSize NaN (default)', () => zlib.createGzip({ chunkSize: NaN }));
attempt('windowBits 7', () => zlib.createDeflate({ windowBits: 7 }));
attempt('gzip windowBits 8', () => zlib.createGzip({ windowBits: 8 }));
attempt('deflateRaw windowBits 8', () => zlib.createDeflateRaw({ windowBits: 8 }));
attempt('inflate windowBits 0', () => zlib.createInflate({ windowBits: 0 }));
attempt('deflate windowBits 0', () => zlib.createDeflate({ windowBits: 0 }));
attempt('level 10', () => zlib.createDeflate({ level: 10 }));
attempt('memLevel 0', () => zlib.createDeflate({ memLevel: 0 }));
attempt('strategy 5', () => zlib.createDeflate({ strategy: 5 }));
attempt('dictionary string', () => zlib.createDeflate({ dictionary: 'abc' }));
attempt('dictionary ArrayBuffer', () => zlib.createDeflate({ dictionary: new ArrayBuffer(4) }));
attempt('maxOutputLength 0', () => zlib.createInflate({ maxOutputLength: 0 }));
attempt('brotli bad param key', () => zlib.createBrotliCompress({ params: { 99: 1 } }));
attempt('brotli param value string', () => zlib.createBrotliCompress({ params: { 1: '5' } }));
attempt('brotli quality 12', () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 12 } }));
attempt('brotli decoder param', () => zlib.createBrotliDecompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }));
attempt('highWaterMark -1', () => zlib.createGzip({ highWaterMark: -1 }));

// Stream options: objectMode and encoding are turned off; highWaterMark is kept.
const s = zlib.createGunzip({ objectMode: true, encoding: 'hex', highWaterMark: 100 });
console.log('options:', s.readableObjectMode, s.writableObjectMode, s.readableEncoding, s.readableHighWaterMark);
s.on('data', (c) => console.log('data is a Buffer:', Buffer.isBuffer(c), c.toString()));
s.end(zlib.gzipSync('buffers, not hex'));

// Dictionaries through streams.
const dictionary = Buffer.from('a shared dictionary of common words');
const d = zlib.createDeflate({ dictionary });
const dOut = [];
d.on('data', (c) => dOut.push(c));
d.on('end', () => {
  const packed = Buffer.concat(dOut);
  console.log('dictionary round trip:', zlib.inflateSync(packed, { dictionary }).toString());
  const r = zlib.createDeflateRaw({ dictionary });
  const rOut = [];
  r.on('data', (c) => rOut.push(c));
  r.on('end', () => {
    const inf = zlib.createInflateRaw({ dictionary });
    let text = '';
    inf.on('data', (c) => { text += c; });
    inf.on('end', () => {
      console.log('raw dictionary round trip:', text);
      zlib.deflateRaw('async info', { info: true }, (err, res) => {
        console.log('async info:', err, Object.keys(res), res.engine instanceof zlib.DeflateRaw,
          res.engine.bytesWritten, zlib.inflateRawSync(res.buffer).toString());
      });
    });
    inf.end(Buffer.concat(rOut));
  });
  r.end('common words of a shared dictionary');
});
d.end('common words of a dictionary');

// info: the one-shot forms also return their engine.
const info = zlib.gzipSync('with info', { info: true });
console.log('sync info:', Object.keys(info), info.engine instanceof zlib.Gzip, info.engine.bytesWritten,
  info.engine._closed, zlib.gunzipSync(info.buffer).toString());
const info2 = zlib.inflateSync(zlib.deflateSync('inflate info'), { info: true });
console.log('inflate info:', info2.buffer.toString(), info2.engine.constructor.name, info2.engine.bytesWritten);
const info3 = zlib.brotliCompressSync('brotli info', { info: true });
console.log('brotli info:', info3.engine.constructor.name, zlib.brotliDecompressSync(info3.buffer).toString());
console.log('no info:', Buffer.isBuffer(zlib.gzipSync('x', { info: false })));
