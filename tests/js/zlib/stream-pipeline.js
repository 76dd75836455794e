// Streams composed with stream.pipeline (callback and promise forms), and
// errors from a corrupt input reaching pipeline's callback.
'use strict';
const zlib = require('zlib');
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');

function sink(label) {
  const chunks = [];
  const w = new Writable({
    write(chunk, enc, cb) { chunks.push(chunk); cb(); },
  });
  w.on('finish', () => {
    const all = Buffer.concat(chunks);
    console.log(`${label}: ${all.length} bytes, crc ${zlib.crc32(all).toString(16)}`);
  });
  return w;
}

function source(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(Buffer.from(`record ${i}: ${'xyz'.repeat(i % 13)}\n`));
  return parts;
}

const parts = source(3000);
const whole = Buffer.concat(parts);
console.log('input', whole.length, 'crc', zlib.crc32(whole).toString(16));

function step(name, streams) {
  return new Promise((resolve) => {
    pipeline(...streams, (err) => {
      console.log(`${name} done:`, err ? `${err.name} ${err.code} ${err.message}` : 'ok');
      resolve();
    });
  });
}

(async () => {
  await step('gzip|gunzip', [Readable.from(parts), zlib.createGzip(), zlib.createGunzip(), sink('gzip|gunzip')]);
  await step('deflate|inflate', [Readable.from(parts), zlib.createDeflate({ level: 1 }), new PassThrough(),
    zlib.createInflate(), sink('deflate|inflate')]);
  await step('raw', [Readable.from(parts), zlib.createDeflateRaw({ level: 9 }), zlib.createInflateRaw(), sink('raw')]);
  await step('brotli', [Readable.from(parts), zlib.createBrotliCompress(), zlib.createBrotliDecompress(), sink('brotli')]);
  await step('unzip', [Readable.from(parts), zlib.createGzip(), zlib.createUnzip(), sink('unzip')]);
  await step('double gzip', [Readable.from(parts), zlib.createGzip(), zlib.createGzip(), zlib.createGunzip(),
    zlib.createGunzip(), sink('double gzip')]);

  // Corrupt input: the error reaches the callback and the sink never finishes.
  const bad = Buffer.from(zlib.gzipSync(whole));
  bad[bad.length - 100] ^= 0xff;
  await step('corrupt gzip', [Readable.from([bad]), zlib.createGunzip(), sink('corrupt (not printed)')]);
  await step('wrong format', [Readable.from([zlib.deflateSync(whole)]), zlib.createGunzip(), sink('never')]);
  await step('truncated brotli', [Readable.from([zlib.brotliCompressSync(whole).subarray(0, 50)]),
    zlib.createBrotliDecompress(), sink('never')]);

  // The promise form.
  await pipelineP(Readable.from(parts), zlib.createGzip({ chunkSize: 512 }), zlib.createGunzip(), sink('promise'));
  try {
    await pipelineP(Readable.from([Buffer.from('nope')]), zlib.createInflate(), sink('never'));
  } catch (err) {
    console.log('promise rejected:', err.code, err.errno, err.message);
  }

  // A source that fails destroys the zlib stream in the middle.
  const failing = new Readable({
    read() {
      this.push(Buffer.from('some data'));
      this.destroy(new Error('source broke'));
    },
  });
  const gz = zlib.createGzip();
  gz.on('close', () => console.log('gzip closed, destroyed:', gz.destroyed, '_closed:', gz._closed));
  await step('failing source', [failing, gz, sink('never')]);

  // Async iteration over a decompression stream.
  const gunzip = zlib.createGunzip();
  gunzip.end(zlib.gzipSync(whole));
  let total = 0;
  let count = 0;
  for await (const chunk of gunzip) {
    total += chunk.length;
    count++;
  }
  console.log('async iteration:', total, count === Math.ceil(whole.length / 16384));
})();
