// --cpu-time counts the time the program computes.
// sandnode-flags: --cpu-time=500ms
// exit: 152
// stderr: sandnode: the program used more CPU time than --cpu-time=500ms and was stopped
console.log('spinning');
for (;;) {}
