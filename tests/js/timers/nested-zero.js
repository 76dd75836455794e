// A setTimeout(0) scheduled from a timer callback runs after the timers
// that were already due, even with the same delay; from inside a timer,
// setImmediate comes before a new setTimeout(0).
setTimeout(() => {
  console.log('A');
  setTimeout(() => {
    console.log('C (scheduled by A)');
    setTimeout(() => console.log('E (scheduled by C)'), 0);
    setImmediate(() => console.log('D immediate (scheduled by C)'));
  }, 0);
}, 0);
setTimeout(() => console.log('B'), 0);
