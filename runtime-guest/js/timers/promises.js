// node:timers/promises — promise and async-iterator forms of the timers.
'use strict';

const loop = require('internal/event_loop');
const { codes, AbortError } = require('internal/errors');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

// Schedules with `start(resolve)` returning a handle that `cancel(handle)` stops.
function scheduled(options, start, cancel) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((value) => {
      if (onAbort) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(delay, value, options = {}) {
  return scheduled(options, (done) => loop.setTimeout(done, delay, value), loop.clearTimeout);
}

function setImmediate(value, options = {}) {
  return scheduled(options, (done) => loop.setImmediate(done, value), loop.clearImmediate);
}

async function* setInterval(delay, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake;
  const timer = loop.setInterval(() => {
    pending++;
    wake?.();
  }, delay);
  if (!ref) timer.unref();
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      if (pending === 0) {
        await new Promise((r) => { wake = r; });
        wake = undefined;
        continue;
      }
      pending--;
      yield value;
    }
  } finally {
    loop.clearInterval(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
