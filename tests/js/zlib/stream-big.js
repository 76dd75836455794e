// Large inputs stream through in many chunks: 32 MiB through gzip/gunzip
// and deflate/inflate pipelines, a highly compressible 256 MiB of zeros
// through inflate with a slow consumer, and brotli over 8 MiB. Checksums
// and byte counts are printed instead of the data.
'use strict';
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

// Deterministic, moderately compressible data: slices of a 1 MiB block of
// pseudo-random letters, taken at shifting offsets.
const block = Buffer.allocUnsafe(1 << 20);
{
  let seed = 12345;
  for (let i = 0; i < block.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    block[i] = 97 + ((seed >> 16) % 8);
  }
}

function generated(totalBytes, chunkBytes) {
  let made = 0;
  let k = 0;
  return new Readable({
    read() {
      if (made >= totalBytes) {
        this.push(null);
        return;
      }
      const n = Math.min(chunkBytes, totalBytes - made);
      const offset = (k++ * 7919) % (block.length - n);
      made += n;
      this.push(block.subarray(offset, offset + n));
    },
  });
}

function checksum(label, resolve, slowEvery = 0) {
  let crc = 0;
  let bytes = 0;
  let chunks = 0;
  return new Writable({
    highWaterMark: 1 << 16,
    write(chunk, enc, cb) {
      crc = zlib.crc32(chunk, crc);
      bytes += chunk.length;
      chunks++;
      if (slowEvery && chunks % slowEvery === 0) setTimeout(cb, 1);
      else cb();
    },
    final(cb) {
      console.log(`${label}: ${bytes} bytes, crc32 ${crc.toString(16)}`);
      cb();
      resolve();
    },
  });
}

function run(label, streams) {
  return new Promise((resolve) => {
    pipeline(...streams, (err) => {
      if (err) console.log(`${label} failed: ${err.code} ${err.message}`);
      resolve();
    });
  });
}

(async () => {
  const MiB = 1 << 20;
  await new Promise((resolve) => run('plain', [generated(32 * MiB, 65536), checksum('input', resolve)]));
  await new Promise((resolve) => run('gzip', [generated(32 * MiB, 65536), zlib.createGzip({ level: 1 }),
    zlib.createGunzip(), checksum('gzip|gunzip', resolve)]));
  await new Promise((resolve) => run('deflate', [generated(16 * MiB, 1000), zlib.createDeflate(),
    zlib.createInflate({ chunkSize: 4096 }), checksum('deflate|inflate, odd chunks', resolve)]));
  await new Promise((resolve) => run('brotli', [generated(8 * MiB, 65536),
    zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2 } }),
    zlib.createBrotliDecompress(), checksum('brotli', resolve)]));

  // 256 MiB of zeros, compressed to a few hundred KiB, inflated by a
  // consumer that pauses now and then: the inflater waits for it.
  const zeros = new Readable({
    read() {
      this.made = (this.made || 0) + 1;
      this.push(this.made > 256 ? null : Buffer.alloc(MiB));
    },
  });
  const packed = [];
  await run('zeros', [zeros, zlib.createDeflateRaw(), new Writable({
    write(c, e, cb) { packed.push(c); cb(); },
  })]);
  const packedAll = Buffer.concat(packed);
  console.log('zeros packed under 1 MiB:', packedAll.length < MiB);
  const parts = [];
  for (let i = 0; i < packedAll.length; i += 4096) parts.push(packedAll.subarray(i, i + 4096));
  await new Promise((resolve) => run('unzeros', [Readable.from(parts), zlib.createInflateRaw({ chunkSize: 65536 }),
    checksum('inflated zeros', resolve, 64)]));
})();
