// The event loop, in Node's order:
//   script → [nextTick queue → microtasks]* → timers → poll (I/O) → check
//   (setImmediate) → close callbacks → ... until nothing ref'd is left.
// The nextTick queue and the microtask queue are drained after every callback.
//
// Waiting happens in `binding.sleep` (a wasi:io/poll on a monotonic-clock
// pollable), so an idle program costs no CPU.
'use strict';

const { codes } = require('internal/errors');
const asyncContext = require('internal/async_context').state;

// Filled in by internal/process/execution to avoid a require cycle.
const hooks = {
  onUncaught: (err) => { throw err; },
  onUnhandledRejection: () => {},
};

// ---- process.nextTick ------------------------------------------------------

let tickQueue = [];
let tickHead = 0;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (exiting) return;
  tickQueue.push({ callback, args, frame: asyncContext.frame });
}

let exiting = false;
function markExiting() { exiting = true; }

// ---- unhandled rejections --------------------------------------------------

// Promises rejected with no handler yet, in rejection order. Node reports
// those still unhandled after the microtask queue drains.
const pendingRejections = new Map();
// Reported as unhandled, so a later handler triggers 'rejectionHandled'.
const reportedRejections = new WeakSet();

binding.setRejectionHandler((promise, reason, handled) => {
  if (!handled) {
    pendingRejections.set(promise, reason);
  } else if (pendingRejections.has(promise)) {
    pendingRejections.delete(promise);
  } else if (reportedRejections.has(promise)) {
    // Reported after the microtasks drain, as Node does.
    reportedRejections.delete(promise);
    lateHandled.push(promise);
  }
});

const lateHandled = [];

// Returns true if reporting may have queued more work.
function processRejections() {
  let worked = false;
  while (lateHandled.length > 0) {
    worked = true;
    const promise = lateHandled.shift();
    try {
      process.emit('rejectionHandled', promise);
    } catch (err) {
      hooks.onUncaught(err);
    }
  }
  if (pendingRejections.size === 0) return worked;
  const list = [...pendingRejections];
  pendingRejections.clear();
  for (const [promise, reason] of list) {
    reportedRejections.add(promise);
    hooks.onUnhandledRejection(reason, promise);
  }
  return true;
}

// ---- draining ----------------------------------------------------------------

function runMicrotasks() {
  for (;;) {
    const failure = binding.runMicrotasks();
    if (failure === undefined) return;
    hooks.onUncaught(failure.error);
  }
}

// Node's processTicksAndRejections: all ticks, then all microtasks, repeated
// until both queues are empty and no rejection is left to report.
function drain() {
  do {
    while (tickHead < tickQueue.length) {
      const tick = tickQueue[tickHead++];
      const outerFrame = asyncContext.frame;
      asyncContext.frame = tick.frame;
      try {
        const { callback, args } = tick;
        switch (args.length) {
          case 0: callback(); break;
          case 1: callback(args[0]); break;
          default: callback(...args);
        }
      } catch (err) {
        hooks.onUncaught(err);
      } finally {
        asyncContext.frame = outerFrame;
      }
      if (tickHead > 1024 && tickHead * 2 > tickQueue.length) {
        tickQueue = tickQueue.slice(tickHead);
        tickHead = 0;
      }
    }
    tickQueue = [];
    tickHead = 0;
    runMicrotasks();
  } while (tickQueue.length > 0 || processRejections());
}

function invoke(fn, thisArg, args) {
  try {
    fn.apply(thisArg, args);
  } catch (err) {
    hooks.onUncaught(err);
  }
  drain();
}

// ---- timers ------------------------------------------------------------------

const TIMEOUT_MAX = 2 ** 31 - 1;
let loopTime = binding.monotonicMs();
let timerSeq = 0;
let timerIds = 0;
let refedTimers = 0;
// Binary min-heap of active timers ordered by (expiry, seq).
const heap = [];
const timersById = new Map();

function before(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}

function heapPush(t) {
  t._heapIndex = heap.length;
  heap.push(t);
  siftUp(t._heapIndex);
}

function heapRemove(t) {
  const i = t._heapIndex;
  if (i < 0) return;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftDown(i);
    siftUp(last._heapIndex);
  }
  t._heapIndex = -1;
}

function siftUp(i) {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(heap[i], heap[p])) break;
    swap(i, p);
    i = p;
  }
}

function siftDown(i) {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && before(heap[l], heap[m])) m = l;
    if (r < heap.length && before(heap[r], heap[m])) m = r;
    if (m === i) return;
    swap(i, m);
    i = m;
  }
}

function swap(i, j) {
  const t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i]._heapIndex = i;
  heap[j]._heapIndex = j;
}

function normalizeDelay(after) {
  after = Number(after);
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(
        `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat) {
    this._idleTimeout = normalizeDelay(after);
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? this._idleTimeout : null;
    this._destroyed = false;
    this._refed = true;
    this._heapIndex = -1;
    this._id = ++timerIds;
    this._asyncFrame = asyncContext.frame;
    this._schedule(binding.monotonicMs());
    refedTimers++;
    timersById.set(this._id, this);
  }

  _schedule(start) {
    this._idleStart = start;
    this._expiry = start + this._idleTimeout;
    this._seq = ++timerSeq;
    heapPush(this);
  }

  refresh() {
    if (!this._destroyed) {
      heapRemove(this);
      this._schedule(binding.monotonicMs());
    }
    return this;
  }

  unref() {
    if (this._refed && !this._destroyed) refedTimers--;
    this._refed = false;
    return this;
  }

  ref() {
    if (!this._refed && !this._destroyed) refedTimers++;
    this._refed = true;
    return this;
  }

  hasRef() {
    return this._refed;
  }

  close() {
    clearTimer(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this._id;
  }
}

// `using` support where the engine has Symbol.dispose.
if (typeof Symbol.dispose === 'symbol') {
  Timeout.prototype[Symbol.dispose] = function () {
    clearTimer(this);
  };
}

function clearTimer(timer) {
  if (timer == null) return;
  if (typeof timer === 'number' || typeof timer === 'string') {
    timer = timersById.get(Number(timer));
    if (timer === undefined) return;
  }
  if (!(timer instanceof Timeout) || timer._destroyed) return;
  timer._destroyed = true;
  if (timer._refed) refedTimers--;
  heapRemove(timer);
  timersById.delete(timer._id);
}

function checkCallback(callback) {
  if (typeof callback !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function setTimeout(callback, after, ...args) {
  checkCallback(callback);
  return new Timeout(callback, after, args, false);
}

function setInterval(callback, repeat, ...args) {
  checkCallback(callback);
  return new Timeout(callback, repeat, args, true);
}

function runTimers() {
  loopTime = binding.monotonicMs();
  while (heap.length > 0) {
    const t = heap[0];
    if (t._expiry > loopTime) return;
    heapRemove(t);
    if (t._repeat === null) {
      t._destroyed = true;
      if (t._refed) refedTimers--;
      timersById.delete(t._id);
    }
    const outerFrame = asyncContext.frame;
    asyncContext.frame = t._asyncFrame;
    try {
      t._onTimeout(...t._timerArgs);
    } catch (err) {
      hooks.onUncaught(err);
    } finally {
      asyncContext.frame = outerFrame;
    }
    if (t._repeat !== null && !t._destroyed && t._heapIndex < 0) {
      t._schedule(binding.monotonicMs());
    }
    drain();
  }
}

function nextTimerDelay() {
  // Unref'd timers still fire while something else keeps the loop alive.
  if (heap.length === 0) return Infinity;
  return Math.max(0, heap[0]._expiry - binding.monotonicMs());
}

// ---- setImmediate ------------------------------------------------------------

let immediateQueue = [];
let refedImmediates = 0;

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this._refed = true;
    this._asyncFrame = asyncContext.frame;
    refedImmediates++;
    immediateQueue.push(this);
  }

  ref() {
    if (!this._refed && !this._destroyed) refedImmediates++;
    this._refed = true;
    return this;
  }

  unref() {
    if (this._refed && !this._destroyed) refedImmediates--;
    this._refed = false;
    return this;
  }

  hasRef() {
    return this._refed;
  }
}

function setImmediate(callback, ...args) {
  checkCallback(callback);
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  immediate._destroyed = true;
  if (immediate._refed) refedImmediates--;
}

function runImmediates() {
  // Immediates queued while these run wait for the next iteration.
  const queue = immediateQueue;
  immediateQueue = [];
  for (const imm of queue) {
    if (imm._destroyed) continue;
    imm._destroyed = true;
    if (imm._refed) refedImmediates--;
    const outerFrame = asyncContext.frame;
    asyncContext.frame = imm._asyncFrame;
    try {
      invoke(imm._onImmediate, imm, imm._argv);
    } finally {
      asyncContext.frame = outerFrame;
    }
  }
}

// ---- I/O sources -------------------------------------------------------------
// Later built-ins (streams, sockets) register ref'd handles here; the loop
// stays alive while any is ref'd.
let refedHandles = 0;
function refHandle() { refedHandles++; }
function unrefHandle() { refedHandles--; }

// ---- I/O watchers ---------------------------------------------------------------
// A watcher waits for a host input stream (binding.ioRead handles: stdin now,
// sockets later) to have data or reach its end; the poll phase blocks in
// binding.ioWait on all watched handles and the next timer together. A ref'd
// watcher keeps the loop alive.
const watchers = new Map();
let refedWatchers = 0;

function watch(id, callback, refed = true) {
  unwatch(id);
  watchers.set(id, { callback, refed });
  if (refed) refedWatchers++;
}

function unwatch(id) {
  const w = watchers.get(id);
  if (w === undefined) return;
  if (w.refed) refedWatchers--;
  watchers.delete(id);
}

function refWatcher(id, refed) {
  const w = watchers.get(id);
  if (w === undefined || w.refed === refed) return;
  w.refed = refed;
  refedWatchers += refed ? 1 : -1;
}

function pollWatchers(timeoutMs) {
  const ready = binding.ioWait([...watchers.keys()], timeoutMs);
  for (const id of ready) {
    const w = watchers.get(id);
    if (w !== undefined) invoke(w.callback, undefined, []);
  }
}

// ---- poll-phase tasks ----------------------------------------------------------
// MessagePort / BroadcastChannel deliveries (internal/messaging) run here,
// after timers and before immediates, as Node's port messages do. A queued
// task does not keep the loop alive by itself: the port it serves does
// (refHandle) unless unref()'d, and then its messages may never arrive.
let pollTasks = [];
function queuePollTask(task) { pollTasks.push(task); }

function runPollTasks() {
  const tasks = pollTasks;
  pollTasks = [];
  for (const task of tasks) invoke(task, undefined, []);
}

// ---- completed I/O requests ------------------------------------------------------
// The callback and promise forms of node:fs run their operation at once
// (wasi:filesystem calls complete synchronously in the guest) and hand the
// result over here, so that the callback still runs later, in the poll phase,
// as Node's thread-pool completions do. A queued completion keeps the loop
// alive until it has run.
let completions = [];
function queueCompletion(task) { completions.push(task); }

function runCompletions() {
  while (completions.length > 0) {
    const batch = completions;
    completions = [];
    for (const task of batch) invoke(task, undefined, []);
  }
}

const IDLE_WAIT_MS = 60_000;

function hasImmediates() {
  return immediateQueue.some((i) => !i._destroyed);
}

function alive() {
  return refedTimers > 0 || refedImmediates > 0 || refedHandles > 0 || refedWatchers > 0 ||
    completions.length > 0;
}

// Runs the loop until nothing ref'd is left.
function run() {
  drain();
  while (alive()) {
    runTimers();
    if (!alive()) break;
    // Poll phase: wait for the next timer unless immediates are due.
    const wait = hasImmediates() || pollTasks.length > 0 || completions.length > 0
      ? 0 : nextTimerDelay();
    if (wait === Infinity && refedHandles === 0 && refedWatchers === 0 && !hasImmediates()) break;
    if (watchers.size > 0) pollWatchers(wait === Infinity ? -1 : wait);
    else if (wait > 0 && wait !== Infinity) binding.sleep(wait);
    // Only ref'd handles without host I/O are left (a MessagePort, say) and
    // nothing is due: nothing can happen, so block (as node hangs) instead
    // of spinning.
    else if (wait === Infinity) binding.sleep(IDLE_WAIT_MS);
    runCompletions();
    runPollTasks();
    runImmediates();
  }
}

module.exports = {
  hooks,
  nextTick,
  drain,
  invoke,
  run,
  alive,
  markExiting,
  setTimeout,
  setInterval,
  clearTimeout: clearTimer,
  clearInterval: clearTimer,
  setImmediate,
  clearImmediate,
  Timeout,
  Immediate,
  refHandle,
  unrefHandle,
  queuePollTask,
  queueCompletion,
  watch,
  unwatch,
  refWatcher,
};
