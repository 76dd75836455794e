// Timers that schedule more timers, without bound; --timeout ends it.
// sandnode-flags: --timeout=1s --max-memory=256M
// exit: 124
// stderr: sandnode: the program ran longer than --timeout=1s and was stopped
console.log('flooding');
setInterval(() => {
  for (let i = 0; i < 100; i++) setTimeout(() => setImmediate(() => {}), 0);
}, 0);
