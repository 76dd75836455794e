// Corrupt input fails a decompression stream with zlib's error (message,
// errno, code), emitted as 'error' and followed by 'close'.
'use strict';
const zlib = require('zlib');

const gz = zlib.gzipSync('hello gzip world');
const df = zlib.deflateSync('hello deflate world');
const raw = zlib.deflateRawSync('hello raw world');
const br = zlib.brotliCompressSync('hello brotli world');
const dictionary = Buffer.from('hello world dictionary');
const withDict = zlib.deflateSync('hello world', { dictionary });

function mutate(buf, index, fn) {
  const copy = Buffer.from(buf);
  const i = index < 0 ? copy.length + index : index;
  copy[i] = fn(copy[i]);
  return copy;
}

const cases = [
  ['gunzip of text', 'Gunzip', [Buffer.from('this is not gzip')]],
  ['gunzip of zlib', 'Gunzip', [df]],
  ['inflate of gzip', 'Inflate', [gz]],
  ['gzip method', 'Gunzip', [mutate(gz, 2, () => 7)]],
  ['gzip flags', 'Gunzip', [mutate(gz, 3, () => 0xe0)]],
  ['gzip crc', 'Gunzip', [mutate(gz, -6, (b) => b ^ 1)]],
  ['gzip length', 'Gunzip', [mutate(gz, -2, (b) => b ^ 1)]],
  ['zlib adler', 'Inflate', [mutate(df, -1, (b) => b ^ 1)]],
  ['zlib method', 'Inflate', [Buffer.from([0x79, 0x9c - 15, 0, 0])]],
  ['zlib window', 'Inflate', [df], { windowBits: 9 }],
  ['block type 3', 'InflateRaw', [Buffer.from([0x07, 0, 0, 0])]],
  ['stored lengths', 'InflateRaw', [Buffer.from([0x01, 5, 0, 5, 0, 1, 2, 3, 4, 5])]],
  ['truncated gzip', 'Gunzip', [gz.subarray(0, gz.length - 4)]],
  ['truncated in 1-byte writes', 'Gunzip', [...gz.subarray(0, 15)].map((b) => Buffer.from([b]))],
  ['truncated zlib', 'Inflate', [df.subarray(0, 5)]],
  ['truncated raw', 'InflateRaw', [raw.subarray(0, 4)]],
  ['empty gunzip', 'Gunzip', []],
  ['empty unzip', 'Unzip', []],
  ['one byte unzip', 'Unzip', [Buffer.from([0x1f])]],
  ['missing dictionary', 'Inflate', [withDict]],
  ['bad dictionary', 'Inflate', [withDict], { dictionary: Buffer.from('other') }],
  ['good dictionary', 'Inflate', [withDict], { dictionary }],
  ['brotli garbage', 'BrotliDecompress', [Buffer.from('not brotli at all, really')]],
  ['brotli truncated', 'BrotliDecompress', [br.subarray(0, br.length - 3)]],
  ['brotli of gzip', 'BrotliDecompress', [gz]],
  ['gzip then garbage', 'Gunzip', [gz, Buffer.from('junk')]],
  ['truncated, finishFlush sync', 'Gunzip', [gz.subarray(0, gz.length - 8)], { finishFlush: zlib.constants.Z_SYNC_FLUSH }],
];

function run([name, cls, chunks, opts]) {
  return new Promise((resolve) => {
    const s = new zlib[cls](opts);
    const events = [];
    let out = '';
    s.on('data', (c) => { out += c; });
    s.on('end', () => events.push('end'));
    s.on('finish', () => events.push('finish'));
    s.on('error', (err) => {
      events.push(`error(${err.name} ${err.code} ${err.errno} "${err.message}" ${Object.keys(err)})`);
      events.push(`destroyed=${s.destroyed} _closed=${s._closed}`);
    });
    s.on('close', () => {
      events.push('close');
      console.log(`${name}: ${JSON.stringify(out)} ${events.join(' ')}`);
      resolve();
    });
    for (const c of chunks) s.write(c);
    s.end();
  });
}

(async () => {
  for (const c of cases) await run(c);
  // After an error, writes fail and close() still calls back.
  const g = zlib.createGunzip();
  g.on('error', (err) => console.log('first error:', err.code));
  g.write(Buffer.from('garbage!'));
  await new Promise((r) => g.on('close', r));
  g.write(Buffer.from('more'), (err) => console.log('write after error:', err && err.code));
  g.close(() => console.log('close callback after error'));
  await new Promise((r) => setTimeout(r, 20));
  // A stream destroyed before its work runs ends quietly.
  const d = zlib.createDeflate();
  d.on('close', () => console.log('destroyed early: close, closed', d._closed));
  d.write('data');
  d.destroy();
  await new Promise((r) => setTimeout(r, 20));
  // reset() on a closed stream is an assertion.
  try { d.reset(); } catch (err) { console.log('reset closed:', err.name, err.code, err.message); }
})();
