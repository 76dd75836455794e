// structuredClone: the HTML structured clone algorithm, for the value types
// Node's (V8's) serializer supports. Class instances come back as plain
// objects; functions, symbols and other uncloneable values throw
// DataCloneError.
'use strict';

const types = require('internal/util/types');

function dataCloneError(what) {
  const { DOMException } = require('internal/event_target');
  return new DOMException(`${what} could not be cloned.`, 'DataCloneError');
}

const ERROR_TYPES = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function describe(value) {
  if (typeof value === 'function') return String(value).split('\n')[0].slice(0, 60).replace(/\s*\{.*$/, '() {}');
  if (typeof value === 'symbol') return String(value);
  return Object.prototype.toString.call(value);
}

function clone(value, memory) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    if (typeof value === 'symbol') throw dataCloneError(describe(value));
    return value;
  }
  if (typeof value === 'function') throw dataCloneError(describe(value));
  if (memory.has(value)) return memory.get(value);
  let out;
  if (types.isBoxedPrimitive(value)) {
    if (types.isSymbolObject(value)) throw dataCloneError(describe(value));
    out = Object(value.valueOf());
  } else if (types.isDate(value)) {
    out = new Date(value.getTime());
  } else if (types.isRegExp(value)) {
    out = new RegExp(value.source, value.flags);
  } else if (types.isAnyArrayBuffer(value)) {
    out = value.slice(0);
  } else if (ArrayBuffer.isView(value)) {
    const buffer = clone(value.buffer, memory);
    const Ctor = types.isDataView(value) ? DataView : Object.getPrototypeOf(Object.getPrototypeOf(value)) === Uint8Array.prototype ? Uint8Array : value.constructor;
    out = types.isDataView(value)
      ? new DataView(buffer, value.byteOffset, value.byteLength)
      : new Ctor(buffer, value.byteOffset, value.length);
  } else if (types.isMap(value)) {
    out = new Map();
    memory.set(value, out);
    for (const [k, v] of value) out.set(clone(k, memory), clone(v, memory));
    return out;
  } else if (types.isSet(value)) {
    out = new Set();
    memory.set(value, out);
    for (const v of value) out.add(clone(v, memory));
    return out;
  } else if (types.isNativeError(value) || value instanceof Error) {
    const Ctor = ERROR_TYPES[value.name] ?? Error;
    out = Object.create(Ctor.prototype);
    memory.set(value, out);
    const define = (k, v) => Object.defineProperty(out, k, { value: v, writable: true, configurable: true });
    if ('message' in value) define('message', String(value.message));
    if (typeof value.stack === 'string') define('stack', value.stack);
    if ('cause' in value) define('cause', clone(value.cause, memory));
    return out;
  } else if (Array.isArray(value)) {
    out = new Array(value.length);
  } else if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) || types.isProxy(value)) {
    throw dataCloneError(describe(value));
  } else {
    out = {};
  }
  memory.set(value, out);
  if (typeof value === 'object' && !ArrayBuffer.isView(value) && !types.isAnyArrayBuffer(value)) {
    for (const key of Object.keys(value)) out[key] = clone(value[key], memory);
  }
  return out;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('value');
  }
  if (options?.transfer?.length) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('structuredClone with a transfer list');
  }
  return clone(value, new Map());
}

module.exports = { structuredClone };
