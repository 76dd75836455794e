// The callback forms: results and errors arrive later (never during the
// call), options and argument errors throw at once, input that a stream
// chunk may not be throws, and nothing at all is an empty input.
'use strict';
const zlib = require('zlib');
const { promisify } = require('util');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'returned');
  } catch (err) {
    console.log(label, 'threw', err.name, err.code, JSON.stringify(err.message));
  }
}

function call(name, ...args) {
  return new Promise((resolve) => {
    let sync = true;
    zlib[name](...args, (err, result) => {
      resolve({ sync, err, result });
    });
    sync = false;
  });
}

// Compressed bytes differ between implementations: only decompressed
// output is printed in full.
function describe(label, { sync, err, result }, compressed = false) {
  if (err) {
    console.log(label, sync ? 'SYNC' : 'later', 'error', err.name, err.code, err.errno, JSON.stringify(err.message));
  } else if (compressed) {
    console.log(label, sync ? 'SYNC' : 'later', Buffer.isBuffer(result));
  } else {
    console.log(label, sync ? 'SYNC' : 'later', Buffer.isBuffer(result), result.length, JSON.stringify(result.toString().slice(0, 30)));
  }
}

async function main() {
  const text = 'callback '.repeat(50);
  for (const [c, d] of [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
    ['brotliCompress', 'brotliDecompress']]) {
    const packed = await call(c, text);
    describe(c, packed, true);
    describe(`${c} -> ${d}`, await call(d, packed.result));
  }
  describe('with options', await call('deflate', text, { level: 9 }), true);
  describe('typed array', await call('gzip', new Float32Array([1, 2])), true);
  describe('array buffer', await call('gzip', new Uint8Array([1, 2, 3]).buffer), true);
  describe('data view', await call('gzip', new DataView(new ArrayBuffer(4))), true);
  const empty = await call('gzip', undefined);
  describe('undefined input', empty, true);
  describe('undefined input, back', await call('gunzip', empty.result));
  describe('null input', await call('deflate', null), true);
  describe('corrupt', await call('gunzip', Buffer.from('not gzip')));
  describe('truncated', await call('inflate', zlib.deflateSync('abc').subarray(0, 4)));
  describe('brotli corrupt', await call('brotliDecompress', Buffer.from('garbage stuff')));
  describe('maxOutputLength', await call('inflate', zlib.deflateSync('x'.repeat(100)), { maxOutputLength: 99 }));
  describe('missing dictionary', await call('inflate', zlib.deflateSync('x', { dictionary: Buffer.from('d') })));

  // Errors thrown during the call.
  attempt('no callback', () => zlib.gzip('x'));
  attempt('options but no callback', () => zlib.gzip('x', {}));
  attempt('callback not a function', () => zlib.gzip('x', {}, 'cb'));
  attempt('bad option before missing callback', () => zlib.deflate('x', { level: 42 }));
  attempt('number input', () => zlib.gzip(1, () => console.log('never')));
  attempt('object input', () => zlib.gzip({}, () => console.log('never')));
  attempt('brotli bad param', () => zlib.brotliCompress('x', { params: { 20: 1 } }, () => {}));

  // util.promisify works on the callback form.
  const gzipP = promisify(zlib.gzip);
  const gunzipP = promisify(zlib.gunzip);
  console.log('promisified', (await gunzipP(await gzipP('via promisify'))).toString());
  await gunzipP(Buffer.from('bad')).catch((err) => console.log('promisified rejection', err.code, err.message));

  // Many at once all complete.
  const all = await Promise.all(Array.from({ length: 20 }, (_, i) => call('deflate', `item ${i}`)));
  console.log('parallel', all.every((r) => !r.sync && !r.err), all.map((r) => zlib.inflateSync(r.result).toString()).join('|'));
}
main();
