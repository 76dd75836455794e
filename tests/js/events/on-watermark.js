// events.on's highWaterMark/lowWaterMark: a source with pause()/resume()
// is paused when too many events wait unread and resumed once drained.
const { on, EventEmitter } = require('events');
class Source extends EventEmitter {
  pause() { console.log('pause called'); this.paused = true; }
  resume() { console.log('resume called'); this.paused = false; }
}
(async () => {
  const s = new Source();
  const it = on(s, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 1; i <= 4; i++) {
    s.emit('data', i);
    console.log('emitted', i, 'paused', Boolean(s.paused));
  }
  for (let i = 0; i < 4; i++) {
    const { value } = await it.next();
    console.log('read', value[0], 'paused', Boolean(s.paused));
  }
  await it.return();
  // The older spellings highWatermark/lowWatermark work too.
  const t = new Source();
  const it2 = on(t, 'data', { highWatermark: 1, lowWatermark: 1 });
  t.emit('data', 'a');
  t.emit('data', 'b');
  console.log((await it2.next()).value, (await it2.next()).value, Boolean(t.paused));
  await it2.return();
})();
