// Each setImmediate from an immediate goes to the next loop iteration, so an
// endless chain of immediates does not starve a due timer (a runtime that
// drained new immediates in the same pass would hang here).
let n = 0;
let timerFired = false;
setTimeout(() => { timerFired = true; console.log('timer fired'); }, 10);
function again() {
  n++;
  if (!timerFired) setImmediate(again);
  else console.log('chain stopped after the timer, ran at least once:', n >= 1);
}
setImmediate(again);
