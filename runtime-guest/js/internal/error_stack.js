// Makes errors look like V8's, which is what Node programs (and their tests)
// expect:
// - `err.stack` starts with `Name: message` and lists frames as
//   `    at fn (file:line:col)`; QuickJS's own format has no header line.
// - The messages of the most common engine errors use V8's wording
//   ("Cannot read properties of null (reading 'x')").
// Both are done in `Error.prepareStackTrace`, which QuickJS-NG calls when an
// error is created. A program may replace it, as on V8.
'use strict';

// [QuickJS-NG pattern, V8 replacement]
const MESSAGE_MAP = [
  [/^cannot read property '(.*)' of (null|undefined)$/s, "Cannot read properties of $2 (reading '$1')"],
  [/^cannot set property '(.*)' of (null|undefined)$/s, "Cannot set properties of $2 (setting '$1')"],
  [/^cannot read property of (null|undefined)$/, 'Cannot read properties of $1'],
  [/^'(.*)' is read-only$/s, 'Assignment to constant variable.'],
  [/^(.*) is not initialized$/s, "Cannot access '$1' before initialization"],
  [/^cannot access '(.*)' before initialization$/s, "Cannot access '$1' before initialization"],
  [/^unexpected token in expression: '(.*)'$/s, "Unexpected token '$1'"],
  [/^unexpected token: '(.*)'$/s, "Unexpected token '$1'"],
  [/^unexpected end of input$/, 'Unexpected end of input'],
  [/^invalid array length$/, 'Invalid array length'],
  [/^stack overflow$/, 'Maximum call stack size exceeded'],
  [/^division by zero$/, 'Division by zero'],
  [/^BigInt division by zero$/, 'Division by zero'],
  [/^not a function$/, 'is not a function'],
  // Linking an ES module: Node names the specifier as it was written.
  [/^Could not find export '(.*)' in module '(.*)'$/s, (_, name, mod) =>
    `The requested module '${writtenSpecifier(mod)}' does not provide an export named '${name}'`],
];

// One test first: almost every message matches none of the patterns.
const ANY_ENGINE_MESSAGE = new RegExp(MESSAGE_MAP.map(([pattern]) => `(?:${pattern.source})`).join('|'), 's');

const CALL_FRAMES = new Set(['call', 'apply']);

function writtenSpecifier(name) {
  try {
    return require('internal/modules/esm/loader').writtenSpecifier(name);
  } catch {
    return name;
  }
}

// The engine throws instances of these classes only, never of Error itself
// or of a subclass: a library's `new DatabaseError('division by zero')`
// (pg, relaying PostgreSQL) must keep its message.
const ENGINE_ERROR_PROTOTYPES = new Set(
  [TypeError, RangeError, ReferenceError, SyntaxError, globalThis.InternalError]
    .filter((ctor) => typeof ctor === 'function')
    .map((ctor) => ctor.prototype),
);

function translateMessage(err) {
  const msg = err.message;
  if (typeof msg !== 'string' || msg.length === 0 || !ANY_ENGINE_MESSAGE.test(msg)) return;
  if (!ENGINE_ERROR_PROTOTYPES.has(Object.getPrototypeOf(err))) return;
  // Only rewrite messages of engine-thrown errors (own data property).
  const desc = Object.getOwnPropertyDescriptor(err, 'message');
  if (desc === undefined || !desc.writable) return;
  for (const [pattern, replacement] of MESSAGE_MAP) {
    if (pattern.test(msg)) {
      err.message = msg.replace(pattern, replacement);
      return;
    }
  }
}

function formatFrame(site) {
  const file = site.getFileName();
  const line = site.getLineNumber();
  const col = site.getColumnNumber();
  const name = site.getFunctionName();
  let location;
  if (site.isNative?.() || file === undefined || file === null || file === 'native') {
    location = 'native';
  } else if (line === null || line === undefined || line < 0) {
    location = file;
  } else {
    location = `${file}:${line}:${col}`;
  }
  if (name && name !== '<anonymous>' && name !== '<eval>') return `    at ${name} (${location})`;
  return `    at ${location}`;
}

function headerOf(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// Where each error was created ([file, line, column] of its first frame) is
// kept even when `Error.stackTraceLimit` hides the frames, so that an
// uncaught error's report can show its source line as Node does.

// The limit the program asked for. The engine's own limit is kept a few
// frames higher so that the creation site is known even past the error
// constructors' own frames (which are not shown).
let userLimit = 10;
const kExtraFrames = 8;
const engineLimit = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');

function visibleFrameCount() {
  const n = Number(userLimit);
  if (typeof userLimit !== 'number' || Number.isNaN(n) || n < 0) return 0;
  return n;
}

// Frames of the error's own constructors (a subclass calling super()) are
// not shown, as on V8: the trace starts where the error was constructed.
function skipConstructorFrames(err, sites) {
  let i = 0;
  while (i < sites.length) {
    const fn = sites[i].getFunction?.();
    if (typeof fn === 'function' && fn.prototype && Object.prototype.isPrototypeOf.call(fn.prototype, err)) {
      i++;
    } else {
      break;
    }
  }
  return i === 0 ? sites : sites.slice(i);
}

function isErrorObject(err) {
  return err instanceof Error || Object.prototype.toString.call(err) === '[object Error]';
}

// An error's call sites are kept as the engine gave them and turned into
// text only when `stack` is first read, as V8 does: most errors (a missing
// file probed by existsSync, say) are caught and dropped unread, and
// formatting every one of them eagerly made `new Error()` ~20x slower.
const creationSites = new WeakMap();
// The first site of the latest throw of an error (see prepareStackTrace).
const throwSites = new WeakMap();

// The frames to show and the creation location, worked out from the sites
// on first use and cached.
const analysed = new WeakMap();
function analyse(err) {
  let result = analysed.get(err);
  if (result !== undefined) return result;
  const created = creationSites.get(err);
  if (created === undefined) return undefined;
  let sites = skipConstructorFrames(err, created.sites);
  let location;
  // A parse error's first site is the offending source position, not a
  // call frame: it gives the location, and Node shows no frame for it (only
  // the loader's frames that compiled the file).
  if (err instanceof SyntaxError && sites.length > 0 && sites[0].getFunction?.() == null &&
      !sites[0].isNative?.()) {
    location = siteLocation(sites[0]);
    sites = sites.slice(1);
  }
  if (location === undefined) location = siteLocation(sites[0]);
  // V8 shows no frame for Function.prototype.call/apply.
  sites = sites.filter((site) => !(site.isNative?.() && CALL_FRAMES.has(site.getFunctionName())));
  let frames = '';
  // Error.stackTraceLimit as it was when the error was created, as on V8.
  const shown = Math.min(sites.length, created.limit);
  for (let i = 0; i < shown; i++) frames += `\n${formatFrame(sites[i])}`;
  result = { frames, location };
  analysed.set(err, result);
  return result;
}

// The lazy `stack` accessor, shared by every error. The header is built on
// first read too, so that a subclass constructor that sets `this.name`
// after super() is reflected.
function ownerOfSites(obj) {
  for (let o = obj; o !== null && typeof o === 'object'; o = Object.getPrototypeOf(o)) {
    if (creationSites.has(o)) return o;
  }
  return undefined;
}

function lazyStackGet() {
  const owner = ownerOfSites(this);
  const frames = owner === undefined ? '' : analyse(owner).frames;
  const value = headerOf(this) + frames;
  Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
  return value;
}

function lazyStackSet(value) {
  Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
}

// QuickJS calls this when an error is created, and again when a value is
// thrown (once per throw: a non-undefined result marks the trace as built
// until the exception is caught). The first call for an error records where
// it was created; each later call, where it was thrown.
function prepareStackTrace(err, sites) {
  if (capturing > 0) return capturedStack(err, sites);
  if (!isErrorObject(err)) {
    // A thrown primitive or plain object: remember where, for the report if
    // it goes uncaught. Nothing is added to the value itself.
    const location = siteLocation(sites[0]);
    if (location !== undefined && !location[0].startsWith('node:')) lastNonErrorThrow = { value: err, location };
    return '';
  }
  if (Object.prototype.hasOwnProperty.call(err, 'stack')) {
    // A throw of an existing error. Rethrows inside the runtime (try/finally
    // in the loader) keep the program's own throw site: see errorLocation.
    const site = sites[0];
    if (site !== undefined && !site.isNative?.()) {
      const file = site.getFileName();
      if (typeof file === 'string' && !file.startsWith('node:')) throwSites.set(err, site);
    }
    return '';
  }
  translateMessage(err);
  creationSites.set(err, { sites, limit: visibleFrameCount() });
  if (!Object.isExtensible(err)) return headerOf(err) + analyse(err).frames;
  Object.defineProperty(err, 'stack', {
    configurable: true,
    enumerable: false,
    get: lazyStackGet,
    set: lazyStackSet,
  });
  // Leaving the engine's "trace built" mark unset lets the throw, if any,
  // call back here with the throw site.
  return undefined;
}

let lastNonErrorThrow;

function siteLocation(site) {
  if (site === undefined || site.isNative?.()) return undefined;
  const file = site.getFileName();
  if (typeof file !== 'string') return undefined;
  return [file, site.getLineNumber(), site.getColumnNumber()];
}

// [file, line, column] of where `err` was last thrown, else where it was
// created; for a thrown non-error, where it was thrown (when known).
function errorLocation(err) {
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
    const site = throwSites.get(err);
    if (site !== undefined) return siteLocation(site);
    const created = capturedLocations.get(err) ?? analyse(err)?.location;
    if (created !== undefined) return created;
  }
  if (lastNonErrorThrow !== undefined && Object.is(lastNonErrorThrow.value, err)) {
    return lastNonErrorThrow.location;
  }
  return undefined;
}

// Error.captureStackTrace(obj, fn): V8 sets `obj.stack` to a header and the
// frames below `fn` (or below the caller). QuickJS's own version asks
// prepareStackTrace for the value, which must then build a whole stack
// rather than treat the call as a throw.
let capturing = 0;
// Where captureStackTrace was called for an object the engine did not
// create as an error with sites (for the uncaught report).
const capturedLocations = new WeakMap();

function capturedStack(obj, sites) {
  // Without `fn`, the first site is this file's wrapper below.
  if (sites.length > 0 && sites[0].getFileName?.() === 'node:internal/error_stack') sites = sites.slice(1);
  sites = sites.filter((site) => !(site.isNative?.() && CALL_FRAMES.has(site.getFunctionName())));
  let frames = '';
  const shown = Math.min(sites.length, visibleFrameCount());
  for (let i = 0; i < shown; i++) frames += `\n${formatFrame(sites[i])}`;
  if (isErrorObject(obj) && !capturedLocations.has(obj) && !creationSites.has(obj)) {
    const loc = siteLocation(sites[0]);
    if (loc !== undefined) capturedLocations.set(obj, loc);
  }
  return headerOf(obj) + frames;
}

function installCaptureStackTrace() {
  const engineCapture = Error.captureStackTrace;
  if (typeof engineCapture !== 'function') return;
  Object.defineProperty(Error, 'captureStackTrace', {
    configurable: true,
    writable: true,
    enumerable: false,
    value: function captureStackTrace(obj, fn) {
      // V8's own wording.
      if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) throw new TypeError('invalid_argument');
      const userPrepare = Error.prepareStackTrace;
      // A program's own prepareStackTrace (depd, callsites) must get the
      // sites from its caller down, as on V8: not this wrapper's frame.
      const wrapped = typeof userPrepare === 'function' && userPrepare !== prepareStackTrace;
      if (wrapped) Error.prepareStackTrace = (o, sites) => userPrepare(o, userSites(sites));
      capturing++;
      try {
        engineCapture(obj, fn);
      } finally {
        capturing--;
        if (wrapped) Error.prepareStackTrace = userPrepare;
        clearTraceMark();
      }
    },
  });
}

// QuickJS-NG keeps the first trace it builds (a capture's too) as "the
// trace of the exception in flight" until some exception is caught; left
// set, the next throw would not call prepareStackTrace, and an uncaught
// error would be reported where it was created instead of where it was
// thrown. Catching a throw clears it.
function clearTraceMark() {
  try {
    throw undefined;
  } catch {
    // Nothing: the catch itself is the point.
  }
}

function userSites(sites) {
  if (sites.length > 0 && sites[0].getFileName?.() === 'node:internal/error_stack') sites = sites.slice(1);
  sites = sites.filter((site) => !(site.isNative?.() && CALL_FRAMES.has(site.getFunctionName())));
  return sites.slice(0, visibleFrameCount());
}

// QuickJS-NG's CallSite has only part of V8's API; programs that walk the
// sites (depd, used by express and koa) call the rest. What the engine does
// not record (eval origins, receivers) answers as V8 does for a frame
// without it.
const CALL_SITE_EXTRAS = {
  isEval() { return false; },
  getEvalOrigin() { return undefined; },
  getThis() { return undefined; },
  getTypeName() { return null; },
  getMethodName() { return null; },
  isToplevel() { return true; },
  isAsync() { return false; },
  isPromiseAll() { return false; },
  getPromiseIndex() { return null; },
  getScriptNameOrSourceURL() { return this.getFileName(); },
  getScriptHash() { return ''; },
  toString() { return formatFrame(this).slice('    at '.length); },
};

function completeCallSites() {
  const prep = Error.prepareStackTrace;
  let sites;
  Error.prepareStackTrace = (_, s) => s;
  try {
    const holder = {};
    capturing++;
    try {
      Error.captureStackTrace(holder);
    } finally {
      capturing--;
      clearTraceMark();
    }
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = prep;
  }
  const proto = Array.isArray(sites) && sites.length > 0 ? Object.getPrototypeOf(sites[0]) : null;
  if (proto === null || proto === Object.prototype) return;
  for (const [name, fn] of Object.entries(CALL_SITE_EXTRAS)) {
    if (!Object.prototype.hasOwnProperty.call(proto, name)) {
      Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
    }
  }
}

function install() {
  completeCallSites();
  installCaptureStackTrace();
  Error.prepareStackTrace = prepareStackTrace;
  if (engineLimit?.set) {
    engineLimit.set.call(Error, userLimit + kExtraFrames);
    Object.defineProperty(Error, 'stackTraceLimit', {
      configurable: true,
      enumerable: true,
      get() {
        return userLimit;
      },
      set(value) {
        userLimit = value;
        const n = Number(value);
        engineLimit.set.call(Error, Number.isNaN(n) || typeof value !== 'number' ? kExtraFrames : Math.max(0, n) + kExtraFrames);
      },
    });
  }
}

module.exports = { install, prepareStackTrace, errorLocation };
