// Main script, then nextTicks, then promise jobs, then the timers phase.
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
queueMicrotask(() => console.log('queueMicrotask'));
(async () => {
  console.log('async fn body (sync)');
  await null;
  console.log('after await');
})();
console.log('sync');
