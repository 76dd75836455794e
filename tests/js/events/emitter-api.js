// EventEmitter: on/once/off, prepend, listener bookkeeping, newListener and
// removeListener events, error rules, max listeners.
const EventEmitter = require('events');
const { once, on, getEventListeners, errorMonitor } = EventEmitter;
const e = new EventEmitter();
const log = [];
e.on('newListener', (name) => log.push(`new:${String(name)}`));
e.on('removeListener', (name) => log.push(`removed:${String(name)}`));
const a = () => log.push('a');
const b = () => log.push('b');
e.on('x', a);
e.prependListener('x', b);
e.once('x', () => log.push('once'));
e.prependOnceListener('x', () => log.push('first-once'));
console.log(e.listenerCount('x'), e.rawListeners('x').length, e.listeners('x').length);
e.emit('x');
e.emit('x');
e.off('x', a);
e.emit('x');
console.log(log.join(' '));
console.log(e.eventNames(), e.listenerCount('x', b));
e.removeAllListeners('x');
console.log(e.listenerCount('x'), e.emit('x'), e.getMaxListeners(), EventEmitter.defaultMaxListeners);

const withArgs = new EventEmitter();
withArgs.on('data', function (p, q) { console.log('args', p, q, this === withArgs); });
console.log(withArgs.emit('data', 1, 2));

const err = new EventEmitter();
try {
  err.emit('error', new Error('boom'));
} catch (x) {
  console.log('thrown', x.message);
}
try {
  err.emit('error', 'not an error');
} catch (x) {
  console.log(x.name, x.code, x.message);
}
err.on(errorMonitor, (x) => console.log('monitor', x.message));
err.on('error', (x) => console.log('handled', x.message));
err.emit('error', new Error('seen'));

for (const bad of [() => e.on('x', 'nope'), () => e.setMaxListeners(-1)]) {
  try {
    bad();
  } catch (x) {
    console.log(x.name, x.code, x.message);
  }
}

const sym = Symbol('s');
e.on(sym, () => {});
console.log(e.eventNames(), getEventListeners(e, sym).length);

(async () => {
  const src = new EventEmitter();
  setTimeout(() => src.emit('ready', 'v', 2), 1);
  console.log('once', await once(src, 'ready'));
  const failing = new EventEmitter();
  setTimeout(() => failing.emit('error', new Error('once-failed')), 1);
  await once(failing, 'never').catch((x) => console.log('once rejected', x.message));
  const stream = new EventEmitter();
  setTimeout(() => { stream.emit('tick', 1); stream.emit('tick', 2); stream.emit('tick', 3); }, 1);
  const got = [];
  for await (const [v] of on(stream, 'tick')) {
    got.push(v);
    if (got.length === 3) break;
  }
  console.log('on', got, stream.listenerCount('tick'));
  const ac = new AbortController();
  const pending = once(new EventEmitter(), 'x', { signal: ac.signal });
  ac.abort();
  await pending.catch((x) => console.log('aborted', x.name, x.code));
})();
