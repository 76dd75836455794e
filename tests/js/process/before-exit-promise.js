// A promise resolved in 'beforeExit' alone does not keep the loop alive;
// beforeExit fires again only if new macrotask work is scheduled.
let n = 0;
process.on('beforeExit', () => {
  n++;
  console.log('beforeExit', n);
  if (n === 1) {
    Promise.resolve().then(() => console.log('microtask in beforeExit'));
    setImmediate(() => console.log('immediate from beforeExit'));
  }
});
process.on('exit', () => console.log('exit'));
