// params() changes level/strategy mid-stream (after a sync flush), reset()
// starts the engine over, close() ends a stream; their validation errors.
'use strict';
const zlib = require('zlib');
const { Z_BEST_SPEED, Z_BEST_COMPRESSION, Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY } = zlib.constants;

function collect(stream) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  return new Promise((resolve) => stream.on('end', () => resolve(Buffer.concat(chunks))));
}

const text = Buffer.from('params change how the rest is compressed. '.repeat(200));

process.removeAllListeners('warning');
process.on('warning', (w) => console.log(`warning: ${w.name} ${w.code} ${w.message}`));

(async () => {
  // Level and strategy changes in the middle of deflate and gzip streams.
  for (const make of ['createDeflate', 'createGzip', 'createDeflateRaw']) {
    const s = zlib[make]({ level: Z_BEST_SPEED });
    const out = collect(s);
    s.write(text);
    await new Promise((r) => s.params(Z_BEST_COMPRESSION, Z_DEFAULT_STRATEGY, r));
    console.log(`${make} after params: level ${s._level} strategy ${s._strategy}`);
    s.write(text);
    await new Promise((r) => s.params(0, Z_FILTERED, r));
    s.write(text);
    await new Promise((r) => s.params(6, Z_HUFFMAN_ONLY, r));
    s.end(text);
    const packed = await out;
    const decode = { createDeflate: 'inflateSync', createGzip: 'gunzipSync', createDeflateRaw: 'inflateRawSync' }[make];
    console.log(`${make}: round trip ${zlib[decode](packed).equals(Buffer.concat([text, text, text, text]))}`);
  }

  // Unchanged params call back on the next tick, without a flush.
  const same = zlib.createDeflate({ level: 5 });
  let ticked = false;
  same.params(5, Z_DEFAULT_STRATEGY, () => console.log('same params: called back, ticked first?', ticked));
  process.nextTick(() => { ticked = true; });
  await new Promise((r) => setTimeout(r, 10));

  // Validation.
  for (const [level, strategy] of [[10, 0], [-2, 0], [1, 5], ['1', 0], [1, -1], [Infinity, 0]]) {
    try {
      zlib.createDeflate().params(level, strategy, () => {});
      console.log('accepted', level, strategy);
    } catch (err) {
      console.log(`params(${String(level)}, ${strategy}):`, err.name, err.code, err.message);
    }
  }

  // reset(): the engine starts over; what was written before is dropped.
  const inf = zlib.createInflate();
  const infOut = collect(inf);
  inf.write(zlib.deflateSync('discarded').subarray(0, 6));
  await new Promise((r) => setTimeout(r, 10));
  inf.reset();
  inf.end(zlib.deflateSync('after reset'));
  console.log('inflate after reset:', (await infOut).toString());

  const def = zlib.createDeflate();
  const defOut = collect(def);
  def.write('thrown away');
  await new Promise((r) => def.flush(r));
  def.reset();
  // The output restarts with a new zlib header; decode from there.
  const before = def.bytesWritten;
  let offset = 0;
  def.once('data', () => {});
  def.end('kept');
  const all = await defOut;
  const start = all.lastIndexOf(Buffer.from([0x78, 0x9c]));
  console.log('deflate after reset:', zlib.inflateSync(all.subarray(start)).toString(), before, offset);

  const gz = zlib.createGunzip();
  const gzOut = collect(gz);
  gz.write(Buffer.from([0x1f]));
  await new Promise((r) => setTimeout(r, 10));
  gz.reset();
  gz.end(zlib.gzipSync('gunzip reset'));
  console.log('gunzip after reset:', (await gzOut).toString());

  const br = zlib.createBrotliDecompress();
  const brOut = collect(br);
  br.write(zlib.brotliCompressSync('lost').subarray(0, 3));
  await new Promise((r) => setTimeout(r, 10));
  br.reset();
  br.end(zlib.brotliCompressSync('brotli reset'));
  console.log('brotli after reset:', (await brOut).toString());

  // close(): 'close' once, the callback after it, the engine released.
  const c = zlib.createGzip();
  const events = [];
  c.on('close', () => events.push('close'));
  c.on('error', (e) => events.push(`error ${e.message}`));
  c.write('pending data');
  c.close(() => {
    events.push('close callback');
    console.log('close:', events.join(', '), '| destroyed', c.destroyed, '_closed', c._closed);
  });
  c.close();
  await new Promise((r) => setTimeout(r, 20));
  console.log('bytesWritten after close:', c.bytesWritten, 'bytesRead:', c.bytesRead);
  c.bytesRead = 5;
  console.log('bytesRead setter:', c.bytesWritten);
})();
