// golden: hand-written
// events.on: an async iterator over an event's emissions. Events queue up
// until read, 'error' rejects the next read and ends the iteration, and
// leaving the loop removes the listeners.
const { on, EventEmitter } = require('events');
Error.stackTraceLimit = 0;
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  console.log(typeof it.next, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  console.log(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.prototype, e.listenerCount('data'), e.listenerCount('error'));
  // Emitted before reading: queued.
  e.emit('data', 1);
  e.emit('data', 2, 'extra');
  console.log(await it.next(), await it.next());
  // Read before emitting: the read waits.
  const pending = it.next();
  e.emit('data', 3);
  console.log(await pending);
  // Several reads waiting are served in order.
  const a = it.next();
  const b = it.next();
  e.emit('data', 'a');
  e.emit('data', 'b');
  console.log(await a, await b);
  // return() ends it; pending reads resolve done.
  const c = it.next();
  console.log(await it.return(), await c, await it.next());
  console.log(e.listenerCount('data'), e.listenerCount('error'));

  // for await with break.
  const f = new EventEmitter();
  setTimeout(() => { for (let i = 0; i < 5; i++) f.emit('tick', i); }, 5);
  const seen = [];
  for await (const [v] of on(f, 'tick')) {
    seen.push(v);
    if (v === 2) break;
  }
  console.log(seen, f.listenerCount('tick'), f.listenerCount('error'));

  // An 'error' ends the loop by throwing out of it.
  const g = new EventEmitter();
  setTimeout(() => {
    g.emit('item', 'x');
    g.emit('error', new Error('broken'));
    g.emit('item', 'after error');
  }, 5);
  try {
    for await (const [v] of on(g, 'item')) console.log('item', v);
  } catch (err) {
    console.log('loop threw', err.message, g.listenerCount('item'));
  }
  // Events queued before the error are still delivered first.
  const h = new EventEmitter();
  const hit = on(h, 'n');
  h.emit('n', 1);
  h.emit('error', new Error('queued error'));
  console.log(await hit.next());
  await hit.next().catch((err) => console.log('then', err.message));
  console.log(await hit.next());

  // Iterating over 'error' itself yields errors as values.
  const k = new EventEmitter();
  const kit = on(k, 'error');
  k.emit('error', new Error('as value'));
  const { value: [ev] } = await kit.next();
  console.log('value', ev.message, k.listenerCount('error'));
  await kit.return();

  // throw() needs an Error.
  const t = new EventEmitter();
  const tit = on(t, 'x');
  try {
    tit.throw('nope');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  const waiting = tit.next();
  console.log(tit.throw(new Error('thrown in')));
  await waiting.catch((err) => console.log('waiting read', err.message));
  console.log(await tit.next(), t.listenerCount('x'));

  // Validation is synchronous.
  for (const opts of [null, 'x', { signal: 1 }, { highWaterMark: 0 }, { highWaterMark: 1.5 }, { highWaterMark: '2' },
    { lowWaterMark: 0 }, { highWatermark: -1 }, { lowWatermark: 2 ** 60 }]) {
    try {
      on(t, 'x', opts);
      console.log('accepted', JSON.stringify(opts));
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  try {
    on({}, 'x');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
