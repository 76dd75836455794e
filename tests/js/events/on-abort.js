// events.on with an AbortSignal (before and during iteration) and with the
// `close` option naming events that end the iteration.
const { on, EventEmitter } = require('events');
Error.stackTraceLimit = 0;
(async () => {
  const e = new EventEmitter();
  // Already aborted: on() throws synchronously.
  try {
    on(e, 'x', { signal: AbortSignal.abort('before') });
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause);
  }
  console.log(e.listenerCount('x'));

  // Aborted mid-iteration: the loop throws an AbortError.
  const ac = new AbortController();
  setTimeout(() => {
    e.emit('x', 1);
    e.emit('x', 2);
    setTimeout(() => ac.abort(new Error('stop now')), 5);
  }, 5);
  const got = [];
  try {
    for await (const [v] of on(e, 'x', { signal: ac.signal })) got.push(v);
  } catch (err) {
    console.log(got, err.name, err.code, err.message, err.cause.message);
  }
  console.log(e.listenerCount('x'), e.listenerCount('error'));

  // Aborted with a read pending and with no reason.
  const ac2 = new AbortController();
  const it = on(e, 'y', { signal: ac2.signal });
  const read = it.next();
  ac2.abort();
  await read.catch((err) => console.log(err.code, err.cause.name, err.cause.code));
  console.log(await it.next(), e.listenerCount('y'));

  // Events queued before an abort are still readable; the error comes after.
  const ac3 = new AbortController();
  const it3 = on(e, 'z', { signal: ac3.signal });
  e.emit('z', 'queued');
  ac3.abort('reason text');
  console.log(await it3.next());
  await it3.next().catch((err) => console.log('then', err.name, err.cause));
  console.log(await it3.next());

  // close: any of the named events ends the loop normally.
  const s = new EventEmitter();
  setTimeout(() => {
    s.emit('data', 'a');
    s.emit('data', 'b');
    s.emit('end');
    s.emit('data', 'ignored');
  }, 5);
  const items = [];
  for await (const [v] of on(s, 'data', { close: ['end', 'finish'] })) items.push(v);
  console.log(items, s.eventNames());

  // A pending read resolves done when a close event comes.
  const it4 = on(s, 'data', { close: ['finish'] });
  const p4 = it4.next();
  s.emit('finish');
  console.log(await p4, s.eventNames());
  // Breaking out after abort-capable iteration removes the abort listener
  // (a later abort does not reject anything).
  const ac5 = new AbortController();
  const s5 = new EventEmitter();
  setTimeout(() => s5.emit('v', 1), 5);
  for await (const [v] of on(s5, 'v', { signal: ac5.signal })) {
    console.log('got', v);
    break;
  }
  ac5.abort();
  console.log('abort after break is harmless', s5.eventNames());
})();
