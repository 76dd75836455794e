// stream/consumers: text, json, buffer, arrayBuffer, blob.
const consumers = require('stream/consumers');
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
(async () => {
  log('keys', Object.keys(consumers).sort().join(','));
  const euro = Buffer.from('€uro');
  log('text split utf8', await consumers.text(Readable.from([euro.subarray(0, 2), euro.subarray(2)], { objectMode: false })));
  log('text strings', await consumers.text(Readable.from(['a', 'b'])));
  log('json', await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await consumers.buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
  log('buffer', Buffer.isBuffer(buf), buf.toString());
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('xyz')]));
  log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);
  const blob = await consumers.blob(Readable.from(['he', 'llo']));
  log('blob', blob.size, await blob.text());
  // Any async iterable works.
  log('async iterable', await consumers.text((async function* () { yield 'x'; yield 'y'; })()));
  try {
    await consumers.json(Readable.from(['{bad']));
  } catch (e) {
    log('json error', e.name);
  }
  const failing = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try {
    await consumers.text(failing);
  } catch (e) {
    log('stream error', e.message);
  }
})();
