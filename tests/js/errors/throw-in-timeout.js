// An exception thrown in a timer callback is uncaught: exit 1, later timers
// never run.
setTimeout(() => console.log('earlier timer runs'), 1);
setTimeout(function onTimer() {
  throw new Error('from a timer');
}, 5);
setTimeout(() => console.log('later timer (should not run)'), 50);
process.on('exit', (code) => console.log('exit', code));
