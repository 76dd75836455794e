// 'beforeExit' fires when the loop empties; scheduling work in it makes it
// fire again. 'exit' comes last.
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, 'code', code);
  if (n < 3) {
    setTimeout(() => console.log('timer from beforeExit', n), 1);
  }
});
process.on('exit', (code) => console.log('exit', code, 'after', n, 'beforeExit'));
setTimeout(() => console.log('first timer'), 1);
console.log('main');
