// Pieces shared by the WHATWG stream classes: hidden internal slots, Node's
// error shapes, queues with sizes, strategy checks and inspection.
'use strict';

const { codes, fixStackName } = require('internal/errors');

// Every stream object keeps its spec "internal slots" in one plain object
// under this key. The property is not enumerable, so util.inspect and
// Object.keys see only the Web IDL surface.
const kState = Symbol('kState');

function setState(obj, state) {
  Object.defineProperty(obj, kState, { value: state, writable: true, configurable: true });
  return state;
}

function hasState(value, brand) {
  return value !== null && typeof value === 'object' && value[kState]?.brand === brand;
}

// A Node error whose class differs from the one errors.js gives the code
// (Node has `ERR_INVALID_STATE.TypeError`, `ERR_INVALID_ARG_VALUE.RangeError`).
function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  fixStackName(err, `${Base.name} [${code}]`);
  return err;
}

function invalidState(message, Base = TypeError) {
  return nodeError(Base, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
}

function invalidArgValueRange(name, value, reason) {
  const { message } = new codes.ERR_INVALID_ARG_VALUE(name, value, reason);
  return nodeError(RangeError, 'ERR_INVALID_ARG_VALUE', message);
}

// A promise with its settle functions, which remembers whether it settled
// (the spec asks "if writer.[[closedPromise]] is pending").
function deferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, pending: true };
  d.promise = new Promise((res, rej) => {
    d.resolve = (value) => {
      d.pending = false;
      res(value);
    };
    d.reject = (reason) => {
      d.pending = false;
      rej(reason);
    };
  });
  return d;
}

// The spec's "set promise.[[PromiseIsHandled]] to true": a rejection nobody
// asked for must not count as unhandled.
function markHandled(promise) {
  promise.then(undefined, () => {});
  return promise;
}

// Runs an algorithm supplied by user code and always gets a promise back.
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(fn.call(thisArg, ...args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Option bags: undefined/null read as empty, primitives are refused.
function validateOptions(value, name) {
  if (value != null && !isObjectLike(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  return value ?? {};
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// A user-supplied member that is optional, but must be callable when present.
function optionalMethod(obj, key, name) {
  const fn = obj[key];
  if (fn === undefined) return undefined;
  validateFunction(fn, name);
  return fn;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const value = strategy?.highWaterMark;
  if (value === undefined) return defaultHWM;
  const hwm = +value;
  if (Number.isNaN(hwm) || hwm < 0) throw invalidArgValueRange('strategy.highWaterMark', hwm);
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return (chunk) => size(chunk);
}

// ---- queue with sizes (spec "queue-with-sizes") ----------------------------

// A FIFO with O(1) shift: most queues here are pushed and drained in turn.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  peek() {
    return this.items[this.head];
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }

  *[Symbol.iterator]() {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}

function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw invalidArgValueRange('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const { value, size } = container.queue.shift();
  container.queueTotalSize = Math.max(0, container.queueTotalSize - size);
  return value;
}

function peekQueueValue(container) {
  return container.queue.peek().value;
}

function resetQueue(container) {
  container.queue = new Queue();
  container.queueTotalSize = 0;
}

// ---- inspection --------------------------------------------------------------

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// `Name { ...fields }` the way Node prints its stream objects. Past the
// depth limit Node's version yields undefined (it returns an unbound
// `this`), so nested streams print as `undefined` there; this does the same.
function customInspect(self, name, depth, options, inspect, fields) {
  if (depth < 0) return undefined;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, opts)}`;
}

// Web IDL shape, as Node gives these classes: enumerable accessors and
// methods, and a toStringTag (which Node's text streams lack).
function webIdlShape(Class, tag) {
  for (const key of Object.getOwnPropertyNames(Class.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(Class.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(Class.prototype, key, desc);
  }
  if (tag !== undefined) {
    Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
  }
}

function illegalConstructor() {
  return new codes.ERR_ILLEGAL_CONSTRUCTOR();
}

// ---- bytes -------------------------------------------------------------------

function isDetached(buffer) {
  return buffer.detached === true;
}

// The spec's TransferArrayBuffer: the caller's buffer becomes detached and
// the stream owns the bytes under a new ArrayBuffer.
function transferArrayBuffer(buffer) {
  return buffer.transfer();
}

function canTransfer(buffer) {
  if (typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer) return false;
  return !isDetached(buffer);
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// node:stream's finished() waits on `stream[kIsClosedPromise].promise`,
// which settles when a Web stream closes (resolved) or errors (rejected).
// Made on first use; the state changes below settle it.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');

function closedPromiseOf(stream) {
  const s = stream[kState];
  if (s.isClosed === undefined) {
    s.isClosed = deferred();
    markHandled(s.isClosed.promise);
    if (s.state === 'closed') s.isClosed.resolve();
    else if (s.state === 'errored') s.isClosed.reject(s.storedError);
  }
  return s.isClosed;
}

function settleClosedPromise(stream) {
  const s = stream[kState];
  if (s.isClosed === undefined || !s.isClosed.pending) return;
  if (s.state === 'errored') s.isClosed.reject(s.storedError);
  else s.isClosed.resolve();
}

module.exports = {
  kIsClosedPromise,
  closedPromiseOf,
  settleClosedPromise,
  kState,
  setState,
  hasState,
  nodeError,
  invalidState,
  invalidArgValueRange,
  deferred,
  markHandled,
  promiseCall,
  isObjectLike,
  validateOptions,
  validateFunction,
  optionalMethod,
  extractHighWaterMark,
  extractSizeAlgorithm,
  Queue,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  resetQueue,
  kInspect,
  customInspect,
  webIdlShape,
  illegalConstructor,
  isDetached,
  transferArrayBuffer,
  canTransfer,
  cloneAsUint8Array,
};
