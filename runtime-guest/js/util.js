// node:util — formatting and inspection, plus the small helpers programs
// reach for (promisify, inherits, deprecate, types, ...).
'use strict';

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const { codes } = require('internal/errors');
const types = require('internal/util/types');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  if (typeof original !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('original', 'Function', original);
  }
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('util.promisify.custom', 'Function', fn);
    }
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values.length > 1 && original.__promisifyMultiple ? values : values[0]);
      });
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  if (typeof original !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('original', 'Function', original);
  }
  function callbackified(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('last argument', 'Function', cb);
    const onFulfilled = (value) => process.nextTick(cb, null, value);
    const onRejected = (reason) => {
      if (!reason) {
        const err = new Error('Promise was rejected with falsy value');
        err.code = 'ERR_FALSY_VALUE_REJECTION';
        err.reason = reason;
        reason = err;
      }
      process.nextTick(cb, reason);
    };
    Reflect.apply(original, this, args).then(onFulfilled, onRejected);
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(original));
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warnedCodes = new Set();
function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !warnedCodes.has(code)) {
        if (code !== undefined) warnedCodes.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

// NODE_DEBUG sections, read at first use (not when this module loads, which
// may be before the environment is known).
let debugEnv;
function debugSections() {
  if (debugEnv === undefined) {
    const v = process.env.NODE_DEBUG;
    debugEnv = typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean).map((s) => s.toUpperCase()) : [];
  }
  return debugEnv;
}

function debuglog(section, cb) {
  section = String(section).toUpperCase();
  const enabled = debugSections().some((p) => p === section || (p.endsWith('*') && section.startsWith(p.slice(0, -1))));
  const logger = enabled
    ? (...args) => process.stderr.write(`${section} ${process.pid}: ${format(...args)}\n`)
    : () => {};
  logger.enabled = enabled;
  if (typeof cb === 'function') cb(logger);
  return logger;
}

// The errno name for a negative libuv-style error number (-2 → 'ENOENT').
function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const { errno } = require('os').constants;
  for (const name of Object.keys(errno)) {
    if (errno[name] === -err) return name;
  }
  return `Unknown system error ${err}`;
}

// Lone surrogates become U+FFFD.
function toUSVString(input) {
  const s = `${input}`;
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// Resolves when `signal` aborts (at once if it already has).
async function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new codes.ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

module.exports = {
  getSystemErrorName,
  toUSVString,
  aborted,
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
  promisify,
  callbackify,
  inherits,
  deprecate,
  debuglog,
  debug: debuglog,
  isDeepStrictEqual,
  parseArgs: (config) => require('internal/util/parse_args').parseArgs(config),
  types,
  isArray: Array.isArray,
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
};
