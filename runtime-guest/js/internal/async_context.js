// The async context that AsyncLocalStorage reads: one immutable frame (a Map
// from storage to its value, or undefined when empty) that is current now.
// Callbacks queued by nextTick, timers, setImmediate, queueMicrotask and
// AsyncResource run in the frame that was current when they were queued.
// Promise continuations (then/await) are not covered: QuickJS-NG has no hook
// around promise reaction jobs.
'use strict';

const state = { frame: undefined };

// Runs fn(...args) with `frame` current, restoring the previous one after.
function runInFrame(frame, fn, thisArg, args) {
  const prev = state.frame;
  state.frame = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    state.frame = prev;
  }
}

module.exports = { state, runInFrame };
