// A nextTick queue that keeps growing is fully drained before promises and
// timers run.
let n = 0;
function tick() {
  n++;
  if (n < 1000) process.nextTick(tick);
  else console.log('ticks done', n);
}
process.nextTick(tick);
Promise.resolve().then(() => console.log('promise sees n =', n));
setTimeout(() => console.log('timeout sees n =', n), 0);
