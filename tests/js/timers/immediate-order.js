// setImmediate runs FIFO after the current phase; args are passed.
setImmediate(() => console.log('immediate 1'));
setImmediate((x, y) => console.log('immediate 2', x, y), 'a', 'b');
setImmediate(() => {
  console.log('immediate 3');
  setImmediate(() => console.log('immediate 5 (queued by 3, next iteration)'));
  process.nextTick(() => console.log('tick from immediate 3'));
  Promise.resolve().then(() => console.log('promise from immediate 3'));
});
setImmediate(() => console.log('immediate 4'));
process.nextTick(() => console.log('tick'));
console.log('sync');
