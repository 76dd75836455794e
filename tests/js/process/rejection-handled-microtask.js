// A handler attached within the same microtask drain (after a few ticks) is
// in time.
const p = Promise.reject(new Error('soon handled'));
process.nextTick(() => {
  Promise.resolve().then(() => {
    p.catch((e) => console.log('caught:', e.message));
  });
});
process.on('exit', (code) => console.log('exit', code));
console.log('sync end');
