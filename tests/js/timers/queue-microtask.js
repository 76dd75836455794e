// queueMicrotask shares the promise job queue (FIFO with promise
// reactions), after nextTicks.
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('microtask from microtask 2'));
  process.nextTick(() => console.log('tick from microtask 2'));
});
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('sync', queueMicrotask(() => {}) === undefined);
