// An endless process.nextTick chain; --timeout ends it.
// sandnode-flags: --timeout=1s
// exit: 124
// stderr: sandnode: the program ran longer than --timeout=1s and was stopped
console.log('ticking');
function again() {
  process.nextTick(again);
}
again();
