// node:timers/promises — promise and async-iterator forms of the timers,
// and the `scheduler` object (wait/yield).
'use strict';

const loop = require('internal/event_loop');
const { codes, AbortError } = require('internal/errors');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function validateDelay(after) {
  if (after !== undefined && typeof after !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('delay', 'number', after);
  }
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

// Schedules with `start(resolve)`, which returns a handle that `cancel(handle)`
// stops. Bad options and an already aborted signal reject; they never throw.
function scheduled(after, options, start, cancel) {
  let opts;
  try {
    validateDelay(after);
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = start(resolve);
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        if (handle._destroyed) return;
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort);
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  return scheduled(after, options, (done) => loop.setTimeout(done, after, value), loop.clearTimeout);
}

function setImmediate(value, options = {}) {
  return scheduled(undefined, options, (done) => loop.setImmediate(done, value), loop.clearImmediate);
}

// Yields `value` once per interval tick. Ticks that pass while the consumer
// is busy are not lost: they are yielded back to back afterwards.
async function* setInterval(after, value, options = {}) {
  validateDelay(after);
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let onAbort;
  let timer;
  try {
    let ticks = 0;
    let wake;
    timer = loop.setInterval(() => {
      ticks++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after);
    if (!ref) timer.unref();
    if (signal) {
      onAbort = () => {
        loop.clearInterval(timer);
        if (wake) {
          wake(Promise.reject(abortError(signal)));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (ticks === 0) await new Promise((resolve) => { wake = resolve; });
      for (; ticks > 0; ticks--) yield value;
    }
    throw abortError(signal);
  } finally {
    loop.clearInterval(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new codes.ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new codes.ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

// The one instance, made without running the throwing constructor.
const scheduler = Object.create(Scheduler.prototype);
scheduler[kScheduler] = true;

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
