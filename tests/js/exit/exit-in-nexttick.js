// process.exit inside nextTick stops everything queued after it.
process.nextTick(() => {
  console.log('tick 1 exits');
  process.exit(0);
});
process.nextTick(() => console.log('tick 2 (should not run)'));
Promise.resolve().then(() => console.log('promise (should not run)'));
setTimeout(() => console.log('timer (should not run)'), 0);
setImmediate(() => console.log('immediate (should not run)'));
console.log('sync end');
