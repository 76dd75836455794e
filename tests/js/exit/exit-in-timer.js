// process.exit inside a timer: later timers and immediates never run.
setTimeout(() => {
  console.log('timer exits');
  setImmediate(() => console.log('immediate (should not run)'));
  process.exit(2);
}, 1);
setTimeout(() => console.log('later timer (should not run)'), 20);
