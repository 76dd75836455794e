// An endless microtask chain never lets the event loop turn; --timeout ends it.
// sandnode-flags: --timeout=1s
// exit: 124
// stderr: sandnode: the program ran longer than --timeout=1s and was stopped
console.log('chaining');
function again() {
  Promise.resolve().then(again);
}
again();
