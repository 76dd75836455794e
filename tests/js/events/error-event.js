// The 'error' event: with no listener an Error is thrown as is, anything
// else is wrapped in ERR_UNHANDLED_ERROR (with `context`); errorMonitor
// listeners see errors first and do not count as handlers.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
Error.stackTraceLimit = 0;
const e = new EventEmitter();
const original = new TypeError('typed');
try {
  e.emit('error', original);
} catch (err) {
  console.log('same object', err === original, err.name, err.message);
}
const values = [
  'a string', 42, undefined, null, { code: 'X', n: 1 }, [1, 2], Symbol('sym'), 10n, true,
  function namedFn() {}, { message: 'looks like an error' },
];
for (const v of values) {
  try {
    e.emit('error', v);
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(err.message), err.context === v, err instanceof Error);
  }
}
// emit('error') with no argument at all.
try {
  e.emit('error');
} catch (err) {
  console.log(err.code, JSON.stringify(err.message), 'context' in err, err.context);
}
// An Error subclass from another "realm"-like object is still an Error.
class MyError extends Error {}
try {
  e.emit('error', new MyError('mine'));
} catch (err) {
  console.log(err instanceof MyError, err.message);
}
// Objects that merely look like errors are wrapped.
try {
  e.emit('error', Object.create(Error.prototype));
} catch (err) {
  console.log('proto Error', err.code === undefined, err instanceof Error);
}

// errorMonitor alone does not handle the error.
const m = new EventEmitter();
m.on(errorMonitor, (err) => console.log('monitor saw', err.message ?? err));
try {
  m.emit('error', new Error('monitored'));
} catch (err) {
  console.log('still thrown', err.message);
}
m.on('error', (err, extra) => console.log('handled', err.message ?? err, extra));
console.log(m.emit('error', new Error('now handled'), 'extra'));
console.log(m.emit('error', 'plain'));
console.log(m.eventNames(), m.listenerCount(errorMonitor), typeof errorMonitor, String(errorMonitor));

// A once 'error' listener handles exactly one error.
const o = new EventEmitter();
o.once('error', (err) => console.log('once handled', err.message));
o.emit('error', new Error('first'));
try {
  o.emit('error', new Error('second'));
} catch (err) {
  console.log('second thrown', err.message);
}
// An 'error' listener that throws propagates out of emit.
const t = new EventEmitter();
t.on('error', (err) => { throw new Error(`rethrown: ${err.message}`); });
try {
  t.emit('error', new Error('inner'));
} catch (err) {
  console.log(err.message);
}
// Printing an ERR_UNHANDLED_ERROR shows its code and context.
try {
  new EventEmitter().emit('error', { reason: 'printed' });
} catch (err) {
  console.log(err);
  console.log(String(err));
}
