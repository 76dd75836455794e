// Inside a timer callback, setImmediate always fires before setTimeout(0):
// the check phase comes before the next timers phase.
setTimeout(() => {
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
}, 1);
