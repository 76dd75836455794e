// The nextTick and microtask queues drain after each timer callback
// (node >= 11), and after each immediate.
for (const n of [1, 2]) {
  setTimeout(() => {
    console.log('timeout', n);
    process.nextTick(() => console.log('  tick', n));
    Promise.resolve().then(() => console.log('  promise', n));
  }, 0);
}
setTimeout(() => {
  for (const n of [1, 2]) {
    setImmediate(() => {
      console.log('immediate', n);
      Promise.resolve().then(() => console.log('  promise', n));
      process.nextTick(() => console.log('  tick', n));
    });
  }
}, 5);
