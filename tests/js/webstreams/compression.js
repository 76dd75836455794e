// CompressionStream / DecompressionStream round trips and failures.
'use strict';
const zlib = require('zlib');
const log = (...a) => console.log(...a);

async function collect(readable) {
  const parts = [];
  for await (const c of readable) parts.push(c);
  return Buffer.concat(parts);
}

async function roundTrip(format, text) {
  const input = ReadableStream.from([new TextEncoder().encode(text.slice(0, 5)), new TextEncoder().encode(text.slice(5))]);
  const compressed = await collect(input.pipeThrough(new CompressionStream(format)));
  const back = await collect(ReadableStream.from([compressed]).pipeThrough(new DecompressionStream(format)));
  return [compressed.length > 0, back.toString()];
}

async function main() {
  const cs = new CompressionStream('gzip');
  log(cs, Object.prototype.toString.call(cs), Object.getOwnPropertyNames(CompressionStream.prototype));
  for (const format of ['gzip', 'deflate', 'deflate-raw', 'brotli']) {
    log(format, await roundTrip(format, 'hello hello hello web streams'));
  }
  // Interoperates with zlib's one-shot functions.
  const gz = await collect(ReadableStream.from([Buffer.from('from node')]).pipeThrough(new CompressionStream('gzip')));
  log(zlib.gunzipSync(gz).toString(), gz[0], gz[1]);
  const raw = zlib.deflateRawSync('raw data');
  log((await collect(ReadableStream.from([raw]).pipeThrough(new DecompressionStream('deflate-raw')))).toString());
  // Output chunks are Uint8Arrays.
  const chunks = [];
  for await (const c of ReadableStream.from([new Uint8Array(10)]).pipeThrough(new CompressionStream('deflate'))) {
    chunks.push(c.constructor.name);
  }
  log(chunks);

  // Corrupt and truncated input error with a TypeError carrying zlib's code.
  const bad = new DecompressionStream('deflate');
  const w = bad.writable.getWriter();
  const r = bad.readable.getReader();
  const pending = r.read();
  w.write(new Uint8Array([1, 2, 3, 4])).then(() => log('write ok'));
  w.close().catch((e) => log('close', e.name, e.code, JSON.stringify(e.message)));
  try {
    await pending;
  } catch (e) {
    log('read', e.name, e.code, JSON.stringify(e.message), e.cause.message, e.cause.code, e.cause.errno);
  }
  const truncated = new DecompressionStream('gzip');
  const tw = truncated.writable.getWriter();
  const tr = truncated.readable.getReader();
  tw.write(zlib.gzipSync('abc').subarray(0, 5));
  tw.close().catch((e) => log('truncated close', e.name, e.code));
  try {
    await tr.read();
  } catch (e) {
    log('truncated', e.name, e.code);
  }

  for (const f of [() => new CompressionStream(), () => new CompressionStream('zip'), () => new DecompressionStream('GZIP')]) {
    try {
      f();
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  }
  log(require('stream/web').CompressionStream === CompressionStream, typeof DecompressionStream);
}

main();
