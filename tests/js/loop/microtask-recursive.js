// Likewise a growing promise-job chain drains before timers run.
let n = 0;
function job() {
  n++;
  if (n < 1000) Promise.resolve().then(job);
  else console.log('jobs done', n);
}
Promise.resolve().then(job);
setTimeout(() => console.log('timeout sees n =', n), 0);
