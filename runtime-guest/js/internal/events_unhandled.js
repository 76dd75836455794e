// An 'error' event that no listener handles is thrown out of emit(). When
// that ends the process, Node's report shows the error's stack followed by
// "Emitted 'error' event on <Class> instance at:" and the stack of the
// emit() call, which is often the only clue to which object failed. emit()
// records that call here; the fatal-exception report asks for it.
'use strict';

const emitSites = new WeakMap();

// Called by emit() just before it throws `err` for `emitter`; `emitFn` is
// hidden from the recorded stack, like the emitter's own frames.
function recordEmitSite(emitter, err, emitFn) {
  if (err === null || typeof err !== 'object') return;
  const own = {};
  try {
    Error.captureStackTrace(own, emitFn);
    emitSites.set(err, { emitter, stack: String(own.stack) });
  } catch {
    // A frozen or exotic error simply gets the plain report.
  }
}

// The stack the report prints for `err`, or undefined when it was not an
// unhandled 'error' event.
function enhancedStack(err) {
  const site = emitSites.get(err);
  if (site === undefined) return undefined;
  let ctorInfo = '';
  try {
    const { name } = site.emitter.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // An emitter without a readable constructor is named by nothing.
  }
  // Node 22 prints both stacks in full, shared callers included.
  const ownFrames = site.stack.split('\n').slice(1);
  return `${String(err.stack)}\nEmitted 'error' event${ctorInfo} at:\n${ownFrames.join('\n')}`;
}

module.exports = { recordEmitSite, enhancedStack };
