// golden: hand-written
// events.once: resolves with the event's arguments as an array, rejects on
// 'error', cleans up its listeners, validates its options.
const { once, EventEmitter } = require('events');
Error.stackTraceLimit = 0;
(async () => {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  console.log(p instanceof Promise, e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'two', { three: 3 });
  console.log(await p, e.listenerCount('ready'), e.listenerCount('error'));

  const none = once(e, 'empty');
  e.emit('empty');
  console.log(await none);

  // An 'error' rejects the promise and removes the listener for the event.
  const failing = once(e, 'never');
  e.emit('error', new Error('went wrong'));
  await failing.catch((err) => console.log('rejected', err.message));
  console.log(e.listenerCount('never'), e.listenerCount('error'));

  // Waiting for 'error' itself resolves with the error.
  const waitErr = once(e, 'error');
  e.emit('error', new Error('expected'));
  const [got] = await waitErr;
  console.log('resolved with', got.message, e.listenerCount('error'));

  // Only the first emit counts.
  const first = once(e, 'multi');
  e.emit('multi', 'a');
  e.emit('multi', 'b');
  console.log(await first);

  // Other listeners are unaffected and run in order.
  const order = [];
  e.on('mixed', () => order.push('before'));
  const mixed = once(e, 'mixed');
  e.on('mixed', () => order.push('after'));
  e.emit('mixed', 'x');
  order.push(`resolved ${await mixed}`);
  console.log(order.join(' | '));

  // Symbol event names.
  const sym = Symbol('sym');
  const symP = once(e, sym);
  e.emit(sym, 'symbolic');
  console.log(await symP);

  // Options validation happens in the promise.
  for (const opts of [null, 'str', 42, [], { signal: 'no' }, { signal: {} }, { signal: null }]) {
    const r = once(e, 'x', opts);
    console.log(r instanceof Promise);
    await r.catch((err) => console.log(err.name, err.code, err.message));
  }
  // Not an emitter at all.
  for (const bad of [{}, { on: 1 }]) {
    await once(bad, 'x').catch((err) => console.log(err.name, err.code, err.message));
  }
  console.log(e.eventNames());
  console.log(once.constructor.name, once.length);
})();
