// A busy loop that never yields is stopped by --timeout (epoch interruption).
// sandnode-flags: --timeout=1s
// exit: 124
// stderr: sandnode: the program ran longer than --timeout=1s and was stopped
console.log('looping');
for (;;) {}
