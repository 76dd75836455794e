// Work scheduled inside an 'exit' listener never runs.
process.on('exit', () => {
  console.log('exit listener');
  process.nextTick(() => console.log('tick (should not run)'));
  setTimeout(() => console.log('timer (should not run)'), 0);
  Promise.resolve().then(() => console.log('promise (runs: microtasks still drain after the listener)'));
  console.log('exit listener end');
});
console.log('main');
