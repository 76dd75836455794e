// A program that only waits (a timer an hour away) is stopped by --timeout too.
// sandnode-flags: --timeout=500ms
// exit: 124
// stderr: sandnode: the program ran longer than --timeout=500ms and was stopped
console.log('waiting');
setTimeout(() => console.log('never'), 3600 * 1000);
