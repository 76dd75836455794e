// node:util — formatting and inspection, plus the small helpers programs
// reach for (promisify, inherits, deprecate, types, MIME types, ...).
'use strict';

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const { codes } = require('internal/errors');
const types = require('internal/util/types');

// ---- argument checks -------------------------------------------------------------

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min !== undefined && value < min) || (max !== undefined && value > max) ||
      ((min !== undefined || max !== undefined) && Number.isNaN(value))) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

function validatePlainObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

function validateAbortSignal(signal, name) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// ---- promisify / callbackify ---------------------------------------------------------

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

// Functions whose callbacks pass several values name them here, so that the
// promise resolves to an object (fs.read's { bytesRead, buffer }, ...).
const kCustomPromisifyArgs = Symbol.for('sandnode.util.promisify.customArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, configurable: true });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < argumentNames.length; i++) result[argumentNames[i]] = values[i];
          return resolve(result);
        }
        resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const cb = args.pop();
    validateFunction(cb, 'last argument');
    const onFulfilled = (value) => process.nextTick(cb, null, value);
    const onRejected = (reason) => {
      if (!reason) {
        const err = new codes.ERR_FALSY_VALUE_REJECTION();
        err.reason = reason;
        reason = err;
      }
      process.nextTick(cb, reason);
    };
    Reflect.apply(original, this, args).then(onFulfilled, onRejected);
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  // The copy says what it is: one more parameter (the callback) and a name
  // ending in "Callbackified", unless those properties were tampered with.
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- inherits / deprecate --------------------------------------------------------------

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

// Codes already warned about: each code warns once per process.
const warnedCodes = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code === 'ExperimentalWarning') {
        // Node's way of flagging a renamed experimental API.
        process.emitWarning(msg, code, deprecated);
      } else if (code === undefined) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!warnedCodes.has(code)) {
        warnedCodes.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  // The wrapper stands in for fn: same prototype chain, `prototype` and
  // length (so that `new` and instanceof keep working).
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  Object.defineProperty(deprecated, 'length', { ...Object.getOwnPropertyDescriptor(fn, 'length') });
  return deprecated;
}

// ---- debuglog ------------------------------------------------------------------------

// Whether NODE_DEBUG names a section: a comma-separated list of names, where
// `*` matches anything, compared without case. Read at first use, as the
// environment is not known when this module is loaded.
let debugPattern;
function debugEnabled(section) {
  if (debugPattern === undefined) {
    const setting = process.env.NODE_DEBUG;
    if (typeof setting === 'string' && setting !== '') {
      const alternatives = setting.split(',').map((name) =>
        name.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*'));
      debugPattern = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
    } else {
      debugPattern = null;
    }
  }
  return debugPattern !== null && debugPattern.test(section);
}

function writeDebug(section, args) {
  const colors = require('internal/util/colors').shouldColorize(process.stderr);
  const msg = formatWithOptions({ colors }, ...args);
  process.stderr.write(`${section} ${inspect(process.pid, { colors })}: ${msg}\n`);
}

// A logger for `section` that prints to stderr when NODE_DEBUG enables it.
// The callback, if any, gets the logger on its first call.
function debuglog(section, cb) {
  let enabled;
  let name;
  const isEnabled = () => {
    if (enabled === undefined) {
      name = String(section).toUpperCase();
      enabled = debugEnabled(name);
    }
    return enabled;
  };
  let first = true;
  const logger = (...args) => {
    if (enabled === false) return;
    if (first) {
      first = false;
      isEnabled();
      if (enabled && (name === 'HTTP' || name === 'HTTP2')) {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${name.toLowerCase()}' can ` +
          'expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      if (typeof cb === 'function') {
        const debug = enabled ? (...more) => writeDebug(name, more) : () => {};
        cb(Object.defineProperty(debug, 'enabled', { get: () => enabled, enumerable: true, configurable: true }));
      }
    }
    if (enabled) writeDebug(name, args);
  };
  Object.defineProperty(logger, 'enabled', { get: isEnabled, enumerable: true, configurable: true });
  return logger;
}

// ---- system errors -------------------------------------------------------------------

let uvErrors;
function uvErrorMap() {
  if (uvErrors === undefined) {
    uvErrors = new Map();
    for (const [errno, name, message] of require('internal/util/uv_errors')) uvErrors.set(errno, [name, message]);
  }
  return uvErrors;
}

function validateErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}

// The errno name for a negative libuv-style error number (-2 → 'ENOENT').
function getSystemErrorName(err) {
  validateErrno(err);
  const entry = uvErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  const entry = uvErrorMap().get(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

// A fresh Map each time: callers may change it.
function getSystemErrorMap() {
  return new Map(uvErrorMap());
}

function errnoCode(err) {
  const entry = uvErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// The errors Node's own modules throw for failed system calls.
function _errnoException(err, syscall, original) {
  const code = errnoCode(err);
  const error = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  error.errno = err;
  error.code = code;
  error.syscall = syscall;
  return error;
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = errnoCode(err);
  let details = port && port > 0 ? `${address}:${port}` : address;
  if (additional) details += ` - Local (${additional})`;
  const error = new Error(`${syscall} ${code}${details ? ` ${details}` : ''}`);
  error.errno = err;
  error.code = code;
  error.syscall = syscall;
  error.address = address;
  if (port) error.port = port;
  return error;
}

// ---- styleText -----------------------------------------------------------------------

// A Node stream or a web stream, the streams styleText can check for colour.
function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (typeof ReadableStream === 'function' && stream instanceof ReadableStream) return true;
  if (typeof WritableStream === 'function' && stream instanceof WritableStream) return true;
  return Boolean(stream._readableState || stream._writableState ||
    (typeof stream.on === 'function' && (typeof stream.write === 'function' || typeof stream.pipe === 'function')));
}

const sgr = (code) => `\u001b[${code}m`;

// Re-opens a style wherever the text closes it (nested styled text), so the
// outer style continues after the inner one ends.
function reopenAfterResets(text, [open, close]) {
  const reset = sgr(close);
  let out = '';
  let pos = 0;
  let at;
  while ((at = text.indexOf(reset, pos)) !== -1) {
    const after = at + reset.length;
    // Bold and dim share their reset code, so keep the reset and re-open.
    const keepsReset = open === 1 || open === 2;
    out += text.slice(pos, at) + (after < text.length ? (keepsReset ? reset + sgr(open) : sgr(open)) : reset);
    pos = after;
  }
  return out + text.slice(pos);
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let plain = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    plain = !require('internal/util/colors').shouldColorize(stream);
  }
  const styles = [];
  for (const key of Array.isArray(format) ? format : [format]) {
    if (key === 'none') continue;
    const style = inspect.colors[key];
    if (style == null) {
      const allowed = Object.keys(inspect.colors).map((name) => `'${name}'`).join(', ');
      throw new codes.ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed}`);
    }
    styles.push(style);
  }
  if (plain || styles.length === 0) return text;
  let body = text;
  for (const style of styles) body = reopenAfterResets(body, style);
  let open = '';
  let close = '';
  for (const [on, off] of styles) {
    open += sgr(on);
    close = sgr(off) + close;
  }
  return open + body + close;
}

// ---- parseEnv ------------------------------------------------------------------------

function parseEnv(content) {
  validateString(content, 'content');
  return require('internal/util/dotenv').parseDotenv(content);
}

// ---- getCallSites ---------------------------------------------------------------------

function getCallSites(frameCount = 10, options) {
  if (options === undefined && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validatePlainObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
    if (options.sourceMap === true) throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('util.getCallSites() with sourceMap');
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  return require('internal/util/call_sites').callSites(frameCount, getCallSites);
}

// ---- diff ----------------------------------------------------------------------------

function validateDiffInput(value, name) {
  if (!Array.isArray(value)) return validateString(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

// The edit script from `actual` to `expected` (strings: by character,
// arrays of strings: by element) as [op, value] pairs: 0 kept, 1 only in
// actual, -1 only in expected. The same Myers diff assert uses.
function diff(actual, expected) {
  if (actual === expected) return [];
  validateDiffInput(actual, 'actual');
  validateDiffInput(expected, 'expected');
  // Node's diff finds no script for two empty (but distinct) inputs and
  // fails reversing it; do the same rather than answer differently.
  if (actual.length === 0 && expected.length === 0) {
    throw new TypeError('Cannot convert undefined or null to object');
  }
  return require('internal/assert/myers_diff').myersDiff(actual, expected).reverse();
}

// ---- small helpers -----------------------------------------------------------------------

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

// Lone surrogates become U+FFFD.
function toUSVString(input) {
  const s = `${input}`;
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// Resolves with the abort event when `signal` aborts (never, if nothing else
// keeps the process alive). Returning promises from the async function, as
// Node does, keeps the timing of its resolution the same.
async function aborted(signal, resource) {
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new codes.ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}

// Marking a signal transferable only matters for postMessage to workers,
// which sandnode has none of; the signal itself is returned, as Node does.
function transferableAbortSignal(signal) {
  if (signal === null || typeof signal !== 'object' || !(signal instanceof AbortSignal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

// Printing a stack trace on SIGINT needs signal delivery, which sandnode's
// guest does not get; turning it off is a no-op.
function setTraceSigInt(enable) {
  if (enable) throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('util.setTraceSigInt(true)');
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');

// "26 Feb 16:19:34 - message": util.log's local-time prefix.
function log(...args) {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

// ---- deprecated type checks -----------------------------------------------------------------

const legacy = {
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => Buffer.isBuffer(arg),
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isError: (arg) => Object.prototype.toString.call(arg) === '[object Error]' || arg instanceof Error,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
};

// Node's own deprecation texts, including their double spaces.
const usePlease = (api, advice) => `The \`util.${api}\` API is deprecated. ${advice}`;
const deprecated = (fn, api, advice, code) => deprecate(fn, usePlease(api, advice), code);

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSite: deprecate(getCallSites, 'The `util.getCallSite` API has been renamed to `util.getCallSites()`.',
    'ExperimentalWarning'),
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecated(Array.isArray, 'isArray', 'Please use `Array.isArray()` instead.', 'DEP0044'),
  isBoolean: deprecated(legacy.isBoolean, 'isBoolean', ' Please use `typeof arg === "boolean"` instead.', 'DEP0045'),
  isBuffer: deprecated(legacy.isBuffer, 'isBuffer', 'Please use `Buffer.isBuffer()` instead.', 'DEP0046'),
  isDeepStrictEqual,
  isNull: deprecated(legacy.isNull, 'isNull', 'Please use `arg === null` instead.', 'DEP0050'),
  isNullOrUndefined: deprecated(legacy.isNullOrUndefined, 'isNullOrUndefined',
    'Please use `arg === null || arg === undefined` instead.', 'DEP0051'),
  isNumber: deprecated(legacy.isNumber, 'isNumber', 'Please use `typeof arg === "number"` instead.', 'DEP0052'),
  isString: deprecated(legacy.isString, 'isString', ' Please use `typeof arg === "string"` instead.', 'DEP0056'),
  isSymbol: deprecated(legacy.isSymbol, 'isSymbol', ' Please use `arg === "symbol"` instead.', 'DEP0057'),
  isUndefined: deprecated(legacy.isUndefined, 'isUndefined', 'Please use `arg === undefined` instead.', 'DEP0058'),
  isRegExp: deprecated(types.isRegExp, 'isRegExp', 'Please use `arg instanceof RegExp` instead.', 'DEP0055'),
  isObject: deprecated(legacy.isObject, 'isObject',
    'Please use `arg !== null && typeof arg === "object"` instead.', 'DEP0053'),
  isDate: deprecated(types.isDate, 'isDate', ' Please use `arg instanceof Date` instead.', 'DEP0047'),
  isError: deprecated(legacy.isError, 'isError',
    'Please use `ObjectPrototypeToString(e) === "[object Error]" || e instanceof Error` instead.', 'DEP0048'),
  isFunction: deprecated(legacy.isFunction, 'isFunction', ' Please use `typeof arg === "function"` instead.',
    'DEP0049'),
  isPrimitive: deprecated(legacy.isPrimitive, 'isPrimitive',
    'Please use `arg === null || (typeof arg !== "object" && typeof arg !== "function")` instead.', 'DEP0054'),
  log: deprecate(log, 'The `util.log API is deprecated. Please use console.log() with a custom formatter ' +
    'or a third-party logger instead.', 'DEP0059'),
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs: (config) => require('internal/util/parse_args').parseArgs(config),
  TextDecoder: globalThis.TextDecoder,
  TextEncoder: globalThis.TextEncoder,
};

// MIMEType and MIMEParams load on first use.
for (const name of ['MIMEType', 'MIMEParams']) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = require('internal/util/mime')[name];
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}
// In Node's order: these came later.
module.exports.diff = diff;
module.exports.setTraceSigInt = setTraceSigInt;
