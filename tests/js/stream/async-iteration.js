// for await over Readables: chunks, errors, early break destroys, iterator().
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
function source(items, failAt) {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      if (i === failAt) this.destroy(new Error(`failed at ${i}`));
      else this.push(i < items.length ? items[i++] : null);
    },
  });
  r.on('close', () => log('source closed'));
  return r;
}

(async () => {
  for await (const x of source(['a', 'b', 'c'])) log('got', x);
  log('loop 1 done');

  try {
    for await (const x of source(['a', 'b', 'c'], 2)) log('got', x);
  } catch (e) {
    log('caught', e.message);
  }

  const s = source(['a', 'b', 'c']);
  for await (const x of s) {
    log('got', x, 'then break');
    break;
  }
  log('after break destroyed', s.destroyed);

  const s2 = source(['a', 'b', 'c']);
  for await (const x of s2.iterator({ destroyOnReturn: false })) {
    log('got', x, 'then break (destroyOnReturn false)');
    break;
  }
  log('s2 destroyed', s2.destroyed, 'next read', s2.read());

  const bytes = new Readable({ read() {} });
  bytes.setEncoding('utf8');
  bytes.push(Buffer.from([0xe2, 0x82]));
  bytes.push(Buffer.from([0xac, 0x21]));
  bytes.push(null);
  const parts = [];
  for await (const chunk of bytes) parts.push(chunk);
  log('decoded', JSON.stringify(parts));

  const it = source([1, 2])[Symbol.asyncIterator]();
  log('iter next', JSON.stringify(await it.next()));
  log('iter return', JSON.stringify(await it.return()));
  log('iter after return', JSON.stringify(await it.next()));

  try {
    source([]).iterator('bad');
  } catch (e) {
    log(e.name, e.code, e.message);
  }
})();
