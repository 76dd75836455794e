// Every format round-trips through its stream classes, fed in chunks of
// several sizes. (Compressed bytes differ from zlib's, so only the round
// trip and the decompressed side's chunking are compared.)
'use strict';
const zlib = require('zlib');

function text(n) {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `line ${i} ${'abcdefghij'.repeat(i % 7)}\n`;
  return Buffer.from(s.slice(0, n));
}

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => resolve(chunks));
  });
}

async function feed(stream, data, size) {
  for (let i = 0; i < data.length; i += size) stream.write(data.subarray(i, i + size));
  stream.end();
}

const pairs = [
  ['Deflate', 'Inflate'], ['Gzip', 'Gunzip'], ['DeflateRaw', 'InflateRaw'],
  ['Gzip', 'Unzip'], ['Deflate', 'Unzip'], ['BrotliCompress', 'BrotliDecompress'],
];

(async () => {
  const data = text(100000);
  for (const [c, d] of pairs) {
    for (const size of [1 << 20, 4096, 1000]) {
      const comp = zlib[`create${c}`]();
      const packedP = collect(comp);
      feed(comp, data, size);
      const packed = Buffer.concat(await packedP);
      const dec = zlib[`create${d}`]();
      const outP = collect(dec);
      feed(dec, packed, 777);
      const chunks = await outP;
      const out = Buffer.concat(chunks);
      console.log(`${c} -> ${d} in ${size}: equal=${out.equals(data)} written=${comp.bytesWritten}`,
        `read=${dec.bytesWritten === packed.length} chunks<=16k=${chunks.every((x) => x.length <= 16384)}`,
        `ended=${comp.writableFinished && dec.readableEnded}`);
    }
  }
  // Small chunkSize: every output chunk but the last is that size.
  const packed = zlib.gzipSync(data);
  const dec = zlib.createGunzip({ chunkSize: 1024 });
  const outP = collect(dec);
  dec.end(packed);
  const chunks = await outP;
  console.log('chunkSize 1024:', chunks.length, chunks.slice(0, -1).every((x) => x.length === 1024),
    Buffer.concat(chunks).equals(data));
  // Strings and other views are accepted as input.
  const g = zlib.createDeflate();
  const gP = collect(g);
  g.write('string input, ');
  g.write(new Uint8Array(Buffer.from('a Uint8Array, ')));
  g.end(Buffer.from('a Buffer'));
  console.log(zlib.inflateSync(Buffer.concat(await gP)).toString());
  // Empty streams still produce a complete (empty) compressed stream.
  for (const [c, d] of pairs) {
    const comp = zlib[`create${c}`]();
    const p = collect(comp);
    comp.end();
    const packed = Buffer.concat(await p);
    console.log(`empty ${c}:`, packed.length > 0, zlib[`${d[0].toLowerCase()}${d.slice(1)}Sync`](packed).length);
  }
  // Output of the stream classes is what the one-shot decoders read, and
  // the reverse.
  const viaSync = zlib.deflateRawSync(data, { level: 1 });
  const inf = zlib.createInflateRaw();
  const infP = collect(inf);
  inf.end(viaSync);
  console.log('one-shot -> stream:', Buffer.concat(await infP).equals(data));
  const br = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  const brP = collect(br);
  br.end(data);
  console.log('stream -> one-shot:', zlib.brotliDecompressSync(Buffer.concat(await brP)).equals(data));
})();
