// The iterator helpers of Readable (map, filter, toArray, ...): async
// generators over the stream, wrapped back into Readables where Node does.
'use strict';

const { codes, AbortError } = require('internal/errors');
const { validateObject, validateAbortSignal, validateInteger } = require('internal/streams/validate');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateFn(fn, name = 'fn') {
  // Node lists ['Function', 'AsyncFunction'] and prints only "function".
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function compose(stream, options) {
  validateOptions(options);
  const { isNodeStream, isWritable } = require('internal/streams/utils');
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose')(this, stream);
  if (options?.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

function map(fn, options) {
  validateFn(fn);
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  return mapGenerator.call(this, fn, options, concurrency, highWaterMark);
}

// Runs fn on up to `concurrency` items at once and yields the results in
// order, reading ahead at most highWaterMark items.
async function* mapGenerator(fn, options, concurrency, highWaterMark) {
  const signal = options?.signal ? AbortSignal.any([options.signal]) : new AbortController().signal;
  const stream = this;
  const queue = [];
  const signalOpt = { signal };
  let next;
  let resume;
  let done = false;
  let cnt = 0;

  function onCatch() {
    done = true;
    afterItemProcessed();
  }
  function afterItemProcessed() {
    cnt -= 1;
    maybeResume();
  }
  function maybeResume() {
    if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
      resume();
      resume = null;
    }
  }

  async function pump() {
    try {
      for await (let val of stream) {
        if (done) return;
        if (signal.aborted) throw new AbortError();
        try {
          val = fn(val, signalOpt);
          if (val === kEmpty) continue;
          val = Promise.resolve(val);
        } catch (err) {
          val = Promise.reject(err);
        }
        cnt += 1;
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
        if (next) {
          next();
          next = null;
        }
        if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
          await new Promise((resolve) => {
            resume = resolve;
          });
        }
      }
      queue.push(kEof);
    } catch (err) {
      const val = Promise.reject(err);
      val.then(afterItemProcessed, onCatch);
      queue.push(val);
    } finally {
      done = true;
      if (next) {
        next();
        next = null;
      }
    }
  }

  pump();
  try {
    while (true) {
      while (queue.length > 0) {
        const val = await queue[0];
        if (val === kEof) return;
        if (signal.aborted) throw new AbortError();
        if (val !== kEmpty) yield val;
        queue.shift();
        maybeResume();
      }
      await new Promise((resolve) => {
        next = resolve;
      });
    }
  } finally {
    done = true;
    if (resume) {
      resume();
      resume = null;
    }
  }
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

function reduceOfEmpty() {
  const err = new codes.ERR_MISSING_ARGS('reduce');
  err.message = 'Reduce of an empty stream requires an initial value';
  return err;
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  if (options?.signal) options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw reduceOfEmpty();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const val of values) yield* val;
  }).call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new codes.ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return (async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }).call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return (async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling one more item than needed.
      if (number <= 0) return;
    }
  }).call(this);
}

const streamReturning = { drop, filter, flatMap, map, take, compose };
const promiseReturning = { every, forEach, reduce, toArray, some, find };

function defineMethod(proto, key, op, wrap) {
  const fn = function (...args) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    return wrap(Reflect.apply(op, this, args));
  };
  Object.defineProperty(fn, 'name', { value: op.name });
  Object.defineProperty(fn, 'length', { value: op.length });
  Object.defineProperty(proto, key, { value: fn, enumerable: false, configurable: true, writable: true });
}

function install(proto) {
  const Readable = require('internal/streams/readable');
  for (const [key, op] of Object.entries(streamReturning)) {
    defineMethod(proto, key, op, (result) => Readable.from(result));
  }
  for (const [key, op] of Object.entries(promiseReturning)) {
    defineMethod(proto, key, op, (result) => result);
  }
}

module.exports = { install, streamReturning, promiseReturning };
