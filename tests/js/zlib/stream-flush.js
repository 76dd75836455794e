// flush(): what was written so far becomes decodable before the end, for
// each flush kind; finishFlush; flush after end; brotli's flush operation.
'use strict';
const zlib = require('zlib');
const { Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_PARTIAL_FLUSH, Z_BLOCK, Z_NO_FLUSH, Z_FINISH } = zlib.constants;

function nextOutput(stream) {
  // Everything the stream emits until the flush callback has run.
  return new Promise((resolve) => {
    const chunks = [];
    const onData = (c) => chunks.push(c);
    stream.on('data', onData);
    stream.once('flushed', () => {
      stream.off('data', onData);
      resolve(Buffer.concat(chunks));
    });
  });
}

function decodeSoFar(kind, bytes) {
  const opts = { finishFlush: Z_SYNC_FLUSH };
  return zlib[kind](bytes, opts).toString();
}

(async () => {
  for (const [make, decode] of [['createDeflate', 'inflateSync'], ['createGzip', 'gunzipSync'],
    ['createDeflateRaw', 'inflateRawSync']]) {
    const s = zlib[make]();
    let all = Buffer.alloc(0);
    for (const [kind, name] of [[Z_SYNC_FLUSH, 'sync'], [Z_FULL_FLUSH, 'full'], [undefined, 'default']]) {
      const p = nextOutput(s);
      s.write(`part written before a ${name} flush; `);
      const done = () => s.emit('flushed');
      if (kind === undefined) s.flush(done);
      else s.flush(kind, done);
      const out = await p;
      all = Buffer.concat([all, out]);
      console.log(`${make} ${name}: output so far decodes to ${JSON.stringify(decodeSoFar(decode, all))}`);
    }
    // A second flush with nothing new written adds nothing.
    const p = nextOutput(s);
    s.flush(Z_SYNC_FLUSH, () => s.emit('flushed'));
    console.log(`${make} repeated flush adds`, (await p).length, 'bytes');
    const rest = [];
    s.on('data', (c) => rest.push(c));
    s.end('the end');
    await new Promise((r) => s.on('end', r));
    all = Buffer.concat([all, ...rest]);
    console.log(`${make} complete:`, zlib[decode](all).toString().length);
  }

  // Partial flush and Z_BLOCK also leave a valid stream.
  for (const kind of [Z_PARTIAL_FLUSH, Z_BLOCK]) {
    const s = zlib.createDeflate();
    const chunks = [];
    s.on('data', (c) => chunks.push(c));
    s.write('abc'.repeat(100));
    await new Promise((r) => s.flush(kind, r));
    s.end('def'.repeat(100));
    await new Promise((r) => s.on('end', r));
    console.log(`flush ${kind}:`, zlib.inflateSync(Buffer.concat(chunks)).toString().length);
  }

  // The flush option makes every write a flush point.
  const synced = zlib.createDeflateRaw({ flush: Z_SYNC_FLUSH });
  const seen = [];
  synced.on('data', (c) => seen.push(c));
  synced.write('first write');
  await new Promise((r) => setTimeout(r, 20));
  console.log('flush option, after one write:', decodeSoFar('inflateRawSync', Buffer.concat(seen)));
  synced.end();
  await new Promise((r) => synced.on('end', r));

  // finishFlush: a truncated stream decodes as far as it goes.
  // (zlib's own deflate of the text, so that the cut falls in the same place.)
  const packed = Buffer.from('eJxLy8zLLM5QSMspLc5QyEktKVZIVCgpKs1LTixJTVEoLilKTcxVSElNzk9JTaOJUgBcVTCj', 'base64');
  const cut = packed.subarray(0, packed.length - 10);
  const inf = zlib.createInflate({ finishFlush: Z_SYNC_FLUSH });
  let text = '';
  inf.on('data', (c) => { text += c; });
  inf.on('error', (e) => console.log('unexpected', e.message));
  inf.end(cut);
  await new Promise((r) => inf.on('end', r));
  console.log('finishFlush sync:', text.length, text.slice(0, 20));
  try {
    zlib.createInflate({ finishFlush: 6 });
  } catch (err) {
    console.log('finishFlush 6:', err.code, err.message);
  }
  try {
    zlib.createGzip({ flush: -1 });
  } catch (err) {
    console.log('flush -1:', err.code, err.message);
  }
  try {
    zlib.createBrotliCompress({ flush: Z_FINISH + 1 });
  } catch (err) {
    console.log('brotli flush 5:', err.code, err.message);
  }

  // flush() once the stream has ended or finished calls back.
  const ended = zlib.createGzip();
  ended.resume();
  ended.end('x');
  ended.flush(() => console.log('flush while ending: called back after end', ended.readableEnded));
  await new Promise((r) => ended.on('close', r));
  ended.flush(() => console.log('flush after finish: called back'));
  await new Promise((r) => setTimeout(r, 10));

  // Brotli: the flush operation, then finish.
  const br = zlib.createBrotliCompress();
  const brOut = [];
  br.on('data', (c) => brOut.push(c));
  br.write('brotli data before flush');
  await new Promise((r) => br.flush(r));
  const mid = Buffer.concat(brOut);
  const partial = zlib.brotliDecompressSync(mid, { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  console.log('brotli after flush:', partial.toString());
  br.end(' and after');
  await new Promise((r) => br.on('end', r));
  console.log('brotli complete:', zlib.brotliDecompressSync(Buffer.concat(brOut)).toString());
  console.log('Z_NO_FLUSH is', Z_NO_FLUSH);
})();
