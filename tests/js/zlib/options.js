// golden: hand-written
// (recorded from Node 22: node 20's maxOutputLength limit is 2 ** 32)
// Option and argument validation: Node's ERR_OUT_OF_RANGE,
// ERR_INVALID_ARG_TYPE, ERR_BROTLI_INVALID_PARAM, initialisation failures,
// maxOutputLength, dictionaries and final flush modes.
'use strict';
const zlib = require('zlib');
const { constants: C } = zlib;

function attempt(label, fn) {
  try {
    const out = fn();
    console.log(label, 'ok', Buffer.isBuffer(out) ? out.length > 0 : out);
  } catch (err) {
    console.log(label, '->', err.name, err.code, JSON.stringify(err.message));
  }
}

for (const [key, values] of Object.entries({
  level: [-2, 10, 1.5, NaN, null, '1', Infinity, -Infinity, undefined],
  windowBits: [7, 16, 0, null, '9'],
  memLevel: [0, 10, 'x'],
  strategy: [-1, 5, {}],
  chunkSize: [63, 64, 1e9, NaN, Infinity, 'big'],
  flush: [-1, 6, C.Z_SYNC_FLUSH],
  finishFlush: [-1, 6],
  maxOutputLength: [0, 2 ** 53, 1, 1.5, 'x'],
})) {
  for (const value of values) {
    attempt(`deflateSync ${key}=${typeof value === 'string' ? `'${value}'` : value}`, () => zlib.deflateSync('some data', { [key]: value }));
  }
}
attempt('gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 }));
attempt('inflate windowBits 0', () => zlib.inflateSync(zlib.deflateSync('x'), { windowBits: 0 }).toString());
attempt('inflate windowBits null', () => zlib.inflateSync(zlib.deflateSync('x'), { windowBits: null }).toString());
attempt('inflateRaw windowBits 0', () => zlib.inflateRawSync(zlib.deflateRawSync('x'), { windowBits: 0 }));
attempt('gunzip windowBits 0', () => zlib.gunzipSync(zlib.gzipSync('x'), { windowBits: 0 }).toString());
const rawOpts = { windowBits: 8 };
zlib.deflateRawSync('x', rawOpts);
console.log('deflateRaw turns windowBits 8 into', rawOpts.windowBits);
attempt('options as a number', () => zlib.gzipSync('x', 5));
attempt('options null', () => zlib.gzipSync('x', null));
attempt('brotli finishFlush 4', () => zlib.brotliCompressSync('x', { finishFlush: 4 }));
attempt('brotli flush 3', () => zlib.brotliCompressSync('x', { flush: 3 }));

// Inputs.
for (const input of [123, undefined, null, {}, [1, 2], true, Symbol('s')]) {
  attempt(`gzipSync(${typeof input === 'symbol' ? 'symbol' : JSON.stringify(input)})`, () => zlib.gzipSync(input));
}

// Dictionaries.
attempt('dictionary string', () => zlib.deflateSync('x', { dictionary: 'abc' }));
attempt('dictionary number', () => zlib.deflateSync('x', { dictionary: 1 }));
const dict = Buffer.from('common words common words');
const withDict = zlib.deflateSync('common words and more common words', { dictionary: dict });
console.log('dictionary header', withDict.subarray(0, 6).toString('hex'));
attempt('dictionary round trip', () => zlib.inflateSync(withDict, { dictionary: dict }).toString());
attempt('dictionary Uint16Array', () => zlib.inflateSync(zlib.deflateSync('abcd', { dictionary: new Uint16Array([0x6261, 0x6463]) }),
  { dictionary: new Uint16Array([0x6261, 0x6463]) }).toString());
attempt('raw dictionary round trip', () => zlib.inflateRawSync(zlib.deflateRawSync('common words!', { dictionary: dict }), { dictionary: dict }).toString());
attempt('gzip ignores the dictionary', () => zlib.gunzipSync(zlib.gzipSync('abc', { dictionary: dict })).toString());
attempt('empty dictionary', () => zlib.deflateSync('abc', { dictionary: Buffer.alloc(0) }).subarray(0, 2).toString('hex'));

// maxOutputLength.
const packed = zlib.deflateSync('x'.repeat(1000));
attempt('inflate max 999', () => zlib.inflateSync(packed, { maxOutputLength: 999 }));
attempt('inflate max 1000', () => zlib.inflateSync(packed, { maxOutputLength: 1000 }).length);
attempt('deflate max 5', () => zlib.deflateSync('abc', { maxOutputLength: 5 }));
attempt('brotli max 10', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('y'.repeat(100)), { maxOutputLength: 10 }));
attempt('brotli max 100', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('y'.repeat(100)), { maxOutputLength: 100 }).length);

// Brotli params.
attempt('param 9', () => zlib.brotliCompressSync('x', { params: { 9: 1 } }));
attempt('param -1', () => zlib.brotliCompressSync('x', { params: { '-1': 1 } }));
attempt('param abc', () => zlib.brotliCompressSync('x', { params: { abc: 1 } }));
attempt('param 1.5', () => zlib.brotliCompressSync('x', { params: { 1.5: 1 } }));
attempt('param 1 and 01', () => zlib.brotliCompressSync('x', { params: { 1: 1, '01': 2 } }));
attempt('param value string', () => zlib.brotliCompressSync('x', { params: { 1: '5' } }));
attempt('param value null', () => zlib.brotliCompressSync('x', { params: { 1: null } }));
attempt('param value boolean', () => zlib.brotliCompressSync('x', { params: { 1: false } }));
attempt('disable context modeling 2', () => zlib.brotliCompressSync('x', { params: { [C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: 2 } }));
attempt('decoder param 2', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'), { params: { 2: 1 } }));
attempt('decoder param 0', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'), { params: { 0: 1 } }).toString());
attempt('params null', () => zlib.brotliCompressSync('x', { params: null }));

// Final flush modes other than finishing still give decodable prefixes.
const partial = zlib.deflateSync('partial', { finishFlush: C.Z_SYNC_FLUSH });
console.log('sync flush ends with', partial.subarray(-4).toString('hex'));
attempt('sync-flushed back', () => zlib.inflateSync(partial, { finishFlush: C.Z_SYNC_FLUSH }).toString());
attempt('full-flushed back', () => zlib.inflateRawSync(zlib.deflateRawSync('full', { finishFlush: C.Z_FULL_FLUSH }), { finishFlush: C.Z_SYNC_FLUSH }).toString());
const gzPartial = zlib.gzipSync('gz partial', { finishFlush: C.Z_SYNC_FLUSH });
attempt('gzip sync-flushed back', () => zlib.gunzipSync(gzPartial, { finishFlush: C.Z_SYNC_FLUSH }).toString());
attempt('gzip sync-flushed, finishing', () => zlib.gunzipSync(gzPartial));
const brPartial = zlib.brotliCompressSync('br partial', { finishFlush: C.BROTLI_OPERATION_FLUSH });
attempt('brotli flushed back', () => zlib.brotliDecompressSync(brPartial, { finishFlush: C.BROTLI_OPERATION_FLUSH }).toString());
attempt('brotli flushed, finishing', () => zlib.brotliDecompressSync(brPartial));

// crc32.
console.log('crc32', zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(''), zlib.crc32('', 42),
  zlib.crc32(new Uint16Array([0x6968])), zlib.crc32(new DataView(Buffer.from('hi').buffer, 0, 0)), zlib.crc32('é'));
for (const [data, value] of [[1, 0], [new ArrayBuffer(2), 0], [null, 0], ['x', -1], ['x', 1.5], ['x', '1'], ['x', 2 ** 32], ['x', null]]) {
  attempt(`crc32(${data === null ? null : typeof data}, ${value})`, () => zlib.crc32(data, value));
}
