// Round trips through every codec pair, with every accepted input type,
// levels, strategies and window sizes; headers that zlib writes the same
// way everywhere (gzip magic, XFL and OS bytes; zlib CMF/FLG).
'use strict';
const zlib = require('zlib');

let text = '';
for (let i = 0; i < 500; i++) text += `${i} ${'αβγ'.repeat(i % 4)} repeated words repeated words ${i % 13}\n`;
const data = Buffer.from(text);

const pairs = [
  ['deflateSync', 'inflateSync'], ['deflateSync', 'unzipSync'], ['gzipSync', 'gunzipSync'],
  ['gzipSync', 'unzipSync'], ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [c, d] of pairs) {
  const packed = zlib[c](data);
  const back = zlib[d](packed);
  console.log(c, '->', d, Buffer.isBuffer(packed), packed.length < data.length, back.equals(data));
}

// Inputs: string, Buffer, typed arrays of other widths, DataView, ArrayBuffer, subarray views.
const u16 = new Uint16Array([1, 2, 3, 65535]);
const inputs = {
  string: 'plain string ✓',
  buffer: Buffer.from('a buffer'),
  uint16: u16,
  float64: new Float64Array([1.5, -2.25]),
  dataview: new DataView(new Uint8Array([9, 8, 7, 6, 5]).buffer, 1, 3),
  arraybuffer: new Uint8Array([1, 2, 3]).buffer,
  subarray: Buffer.from('0123456789').subarray(3, 7),
  empty: '',
  emptyBuffer: Buffer.alloc(0),
};
for (const [name, input] of Object.entries(inputs)) {
  const gz = zlib.gzipSync(input);
  const out = zlib.gunzipSync(gz);
  const br = zlib.brotliDecompressSync(zlib.brotliCompressSync(input));
  console.log(name, out.length, out.toString('hex'), br.equals(out));
}

// Every level and strategy round-trips; level 0 stores the data.
for (let level = -1; level <= 9; level++) {
  const packed = zlib.deflateSync(data, { level });
  console.log('level', level, zlib.inflateSync(packed).equals(data), level === 0 ? packed.length > data.length : '');
}
for (const strategy of [0, 1, 2, 3, 4]) {
  console.log('strategy', strategy, zlib.inflateSync(zlib.deflateSync(data, { strategy })).equals(data));
}
for (const memLevel of [1, 5, 9]) {
  console.log('memLevel', memLevel, zlib.gunzipSync(zlib.gzipSync(data, { memLevel })).equals(data));
}
for (const windowBits of [9, 12, 15]) {
  console.log('windowBits', windowBits, zlib.inflateRawSync(zlib.deflateRawSync(data, { windowBits }), { windowBits: 15 }).equals(data));
}

// gzip header: magic, CM=8, no flags, mtime 0, XFL by level, OS=3.
for (const opts of [{}, { level: 1 }, { level: 9 }, { level: 4 }, { strategy: zlib.constants.Z_HUFFMAN_ONLY }]) {
  console.log('gzip header', JSON.stringify(opts), zlib.gzipSync('x', opts).subarray(0, 10).toString('hex'));
}
// zlib header: window size and level flags (short inputs fit any window).
for (const opts of [{}, { level: 1 }, { level: 9 }, { level: 3 }, { level: 0 }, { windowBits: 9 }, { windowBits: 8 }, { windowBits: 12, level: 9 }]) {
  console.log('zlib header', JSON.stringify(opts), zlib.deflateSync('short', opts).subarray(0, 2).toString('hex'));
}
// A gzip trailer: CRC-32 and length of the input.
const gz = zlib.gzipSync('hello');
console.log('gzip trailer', gz.readUInt32LE(gz.length - 8) === zlib.crc32('hello'), gz.readUInt32LE(gz.length - 4));
// zlib trailer: Adler-32 of 'hello'.
const df = zlib.deflateSync('hello');
console.log('adler32', df.subarray(df.length - 4).toString('hex'));

// Brotli parameters.
const P = zlib.constants;
for (const params of [
  { [P.BROTLI_PARAM_QUALITY]: 0 }, { [P.BROTLI_PARAM_QUALITY]: 5 }, { [P.BROTLI_PARAM_QUALITY]: 11 },
  { [P.BROTLI_PARAM_MODE]: P.BROTLI_MODE_TEXT }, { [P.BROTLI_PARAM_MODE]: P.BROTLI_MODE_FONT },
  { [P.BROTLI_PARAM_LGWIN]: 10 }, { [P.BROTLI_PARAM_LGWIN]: 24 }, { [P.BROTLI_PARAM_SIZE_HINT]: data.length },
  { [P.BROTLI_PARAM_LGBLOCK]: 16 }, { [P.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true },
  { [P.BROTLI_PARAM_QUALITY]: 99 }, { [P.BROTLI_PARAM_LGWIN]: 5 },
]) {
  const packed = zlib.brotliCompressSync(data, { params });
  console.log('brotli', JSON.stringify(params), zlib.brotliDecompressSync(packed).equals(data));
}
// Large-window streams need the decoder parameter.
const big = zlib.brotliCompressSync(data, { params: { [P.BROTLI_PARAM_LARGE_WINDOW]: 1, [P.BROTLI_PARAM_LGWIN]: 26 } });
try {
  zlib.brotliDecompressSync(big);
} catch (err) {
  console.log('large window without parameter:', err.code, err.errno, err.message);
}
console.log('large window with parameter:', zlib.brotliDecompressSync(big, { params: { [P.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } }).equals(data));

// A bigger input crosses many internal buffers.
const large = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < large.length; i++) large[i] = (i * 31 + (i >> 10)) & 0xff;
console.log('large gzip', zlib.gunzipSync(zlib.gzipSync(large)).equals(large));
console.log('large brotli', zlib.brotliDecompressSync(zlib.brotliCompressSync(large, { params: { [P.BROTLI_PARAM_QUALITY]: 4 } })).equals(large));
console.log('crc32 large', zlib.crc32(large));
