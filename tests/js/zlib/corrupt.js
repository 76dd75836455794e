// Corrupt and truncated input: zlib's messages with errno and code, brotli's
// decoder errors, and what is tolerated (trailing zeros, extra members).
'use strict';
const zlib = require('zlib');

function attempt(label, fn) {
  try {
    const out = fn();
    console.log(label, '->', JSON.stringify(out.toString()));
  } catch (err) {
    console.log(label, '->', err.name, err.code, err.errno, JSON.stringify(err.message), Object.keys(err).join(','));
  }
}

const gz = zlib.gzipSync('hello hello hello');
const df = zlib.deflateSync('hello hello hello');
const raw = zlib.deflateRawSync('hello hello hello');
const br = zlib.brotliCompressSync('hello hello hello');
const mutate = (buf, i, fn) => { const copy = Buffer.from(buf); copy[i < 0 ? copy.length + i : i] = fn(copy[i < 0 ? copy.length + i : i]); return copy; };

attempt('gunzip of plain text', () => zlib.gunzipSync(Buffer.from('hello world')));
attempt('inflate of plain text', () => zlib.inflateSync(Buffer.from('hello world')));
attempt('unzip of plain text', () => zlib.unzipSync('hello world'));
attempt('gunzip of a zlib stream', () => zlib.gunzipSync(df));
attempt('inflate of a gzip stream', () => zlib.inflateSync(gz));
attempt('gzip method 7', () => zlib.gunzipSync(mutate(gz, 2, () => 7)));
attempt('gzip reserved flag', () => zlib.gunzipSync(mutate(gz, 3, () => 0x20)));
attempt('gzip crc', () => zlib.gunzipSync(mutate(gz, -6, (b) => b ^ 1)));
attempt('gzip length', () => zlib.gunzipSync(mutate(gz, -2, (b) => b ^ 1)));
attempt('zlib header check', () => zlib.inflateSync(mutate(df, 1, (b) => b + 1)));
attempt('zlib method', () => zlib.inflateSync(Buffer.from([0x77, 0x85, 1, 2, 3])));
attempt('zlib window 2^16', () => zlib.inflateSync(Buffer.from([0x88, 0x98, 1, 2, 3])));
attempt('zlib window larger than allowed', () => zlib.inflateSync(df, { windowBits: 10 }));
attempt('zlib adler', () => zlib.inflateSync(mutate(df, -1, (b) => b ^ 0x80)));
attempt('zlib preset dictionary flag', () => zlib.inflateSync(Buffer.from([0x78, 0xbb, 0, 0, 0, 1, 3, 0])));

// Truncation anywhere is "unexpected end of file".
for (const [name, fn, buf] of [['gunzip', zlib.gunzipSync, gz], ['inflate', zlib.inflateSync, df],
  ['inflateRaw', zlib.inflateRawSync, raw], ['unzip', zlib.unzipSync, gz], ['brotliDecompress', zlib.brotliDecompressSync, br]]) {
  attempt(`${name} empty`, () => fn(Buffer.alloc(0)));
  attempt(`${name} first byte`, () => fn(buf.subarray(0, 1)));
  attempt(`${name} missing last byte`, () => fn(buf.subarray(0, buf.length - 1)));
  attempt(`${name} half`, () => fn(buf.subarray(0, buf.length >> 1)));
}
// ... unless the final flush is not Z_FINISH: then the partial output comes back.
attempt('gunzip truncated, Z_SYNC_FLUSH', () => zlib.gunzipSync(gz.subarray(0, gz.length - 8), { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
attempt('gunzip truncated header, Z_SYNC_FLUSH', () => zlib.gunzipSync(gz.subarray(0, 5), { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
attempt('inflate truncated, Z_NO_FLUSH', () => zlib.inflateSync(df.subarray(0, df.length - 4), { finishFlush: zlib.constants.Z_NO_FLUSH }));
attempt('brotli truncated, FLUSH', () => zlib.brotliDecompressSync(br.subarray(0, br.length - 1), { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));

// After the end of the stream.
attempt('gzip + zeros', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(7)])));
attempt('gzip + garbage', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('junk')])));
attempt('gzip + half a member', () => zlib.gunzipSync(Buffer.concat([gz, gz.subarray(0, 12)])));
attempt('gzip + gzip', () => zlib.gunzipSync(Buffer.concat([gz, zlib.gzipSync(' and more')])));
attempt('gzip + gzip via unzip', () => zlib.unzipSync(Buffer.concat([gz, zlib.gzipSync(' and more')])));
attempt('zlib + garbage', () => zlib.inflateSync(Buffer.concat([df, Buffer.from('junk')])));
attempt('raw + garbage', () => zlib.inflateRawSync(Buffer.concat([raw, Buffer.from('junk')])));
attempt('brotli + garbage', () => zlib.brotliDecompressSync(Buffer.concat([br, Buffer.from('junk')])));

// Brotli decoder errors carry the decoder's error name and number.
attempt('brotli of text', () => zlib.brotliDecompressSync(Buffer.from('hello world garbage')));
attempt('brotli of ff bytes', () => zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff])));
attempt('brotli of gzip', () => zlib.brotliDecompressSync(gz));

// A corrupt first block header: zlib's messages.
attempt('block type 3', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
attempt('block type 3, not final', () => zlib.inflateRawSync(Buffer.from([0x07, 0x00, 0x00])));
attempt('stored lengths', () => zlib.inflateRawSync(Buffer.from([0x00, 0x05, 0x00, 0x00, 0x00, 1, 2])));
attempt('stored block', () => zlib.inflateRawSync(Buffer.from([0x01, 0x05, 0x00, 0xfa, 0xff, 104, 105, 106, 107, 108])));
attempt('too many symbols', () => zlib.inflateRawSync(Buffer.from([0x05, 0xff, 0xff, 0xff])));
attempt('zlib header, then block type 3', () => zlib.inflateSync(Buffer.from([0x78, 0x9c, 0xff, 0xff])));
// A fault deeper in the body is a Z_DATA_ERROR (messages vary by inflater).
for (const bad of [Buffer.from([0x02, 0xff]), Buffer.concat([zlib.deflateRawSync('x'.repeat(300), { finishFlush: zlib.constants.Z_FULL_FLUSH }), Buffer.from([0x02, 0xff])])]) {
  try {
    zlib.inflateRawSync(bad);
  } catch (err) {
    console.log('corrupt body', err.code, err.errno, err instanceof Error);
  }
}

// Copies from before the start of the data (or of the dictionary).
const dictionary = Buffer.from('common words, common words');
const needsDict = zlib.deflateRawSync('common words here', { dictionary });
attempt('raw stream that needs a dictionary', () => zlib.inflateRawSync(needsDict));
attempt('raw stream with its dictionary', () => zlib.inflateRawSync(needsDict, { dictionary }));
attempt('raw stream with a short dictionary', () => zlib.inflateRawSync(needsDict, { dictionary: Buffer.from('x') }));
