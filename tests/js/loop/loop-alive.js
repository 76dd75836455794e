// The process lives while there are refd timers; beforeExit then exit.
let count = 0;
const iv = setInterval(() => {
  count++;
  if (count === 3) clearInterval(iv);
}, 1);
process.on('beforeExit', () => console.log('beforeExit, count =', count));
process.on('exit', () => console.log('exit, count =', count));
console.log('main end, count =', count);
