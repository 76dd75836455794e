// events.addAbortListener: calls the listener on abort (or soon, when
// already aborted) and returns a disposable that removes it.
const { addAbortListener } = require('events');
Error.stackTraceLimit = 0;
const log = [];
const ac = new AbortController();
const d = addAbortListener(ac.signal, (ev) => log.push(`first ${ev?.type}`));
console.log(typeof d[Symbol.dispose], Object.getPrototypeOf(d), Object.keys(d));
const d2 = addAbortListener(ac.signal, () => log.push('second (disposed)'));
d2[Symbol.dispose]();
d2[Symbol.dispose]();
addAbortListener(ac.signal, () => log.push('third'));
ac.abort();
ac.abort();
console.log(log.join(' | '));
log.length = 0;

// Already aborted: the listener runs in a microtask, without an event.
const early = AbortSignal.abort();
const d3 = addAbortListener(early, (...args) => log.push(`early args=${args.length}`));
log.push('sync');
queueMicrotask(() => {
  console.log(log.join(' | '));
  d3[Symbol.dispose]();
});

// The listener runs once even if it was also added by hand.
const ac2 = new AbortController();
let count = 0;
const fn = () => count++;
addAbortListener(ac2.signal, fn);
ac2.signal.addEventListener('abort', fn);
ac2.abort();
console.log('count', count);

for (const [signal, listener] of [[undefined, () => {}], [null, () => {}], [{}, () => {}], ['s', () => {}],
  [ac.signal, undefined], [ac.signal, 'fn']]) {
  try {
    addAbortListener(signal, listener);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  addAbortListener();
} catch (err) {
  console.log(err.code, err.message);
}
