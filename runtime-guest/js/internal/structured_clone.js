// structuredClone and the copy MessagePort/BroadcastChannel make of each
// message: the HTML structured clone algorithm, for the value types Node's
// (V8's) serializer supports. Class instances come back as plain objects;
// functions, symbols and other uncloneable values throw DataCloneError.
//
// Transfer lists may hold ArrayBuffers (the original is detached, the clone
// owns the bytes) and MessagePorts (the clone is a new port object that
// takes over the channel). Nothing is detached unless the whole clone works.
'use strict';

const types = require('internal/util/types');
const { codes, fixStackName } = require('internal/errors');

function dataCloneError(message) {
  const { DOMException } = require('internal/event_target');
  return new DOMException(message, 'DataCloneError');
}

function typeError(message) {
  const err = new TypeError(message);
  Object.defineProperty(err, 'code', { value: 'ERR_INVALID_ARG_TYPE', enumerable: true, writable: true, configurable: true });
  fixStackName(err, 'TypeError [ERR_INVALID_ARG_TYPE]');
  return err;
}

const ERROR_TYPES = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

// How V8 names a value it cannot clone.
function describe(value) {
  if (typeof value === 'function' || typeof value === 'symbol') return String(value);
  if (types.isSymbolObject(value)) return '[object Symbol]';
  if (types.isProxy(value)) return '#<Object>';
  return `#<${Object.prototype.toString.call(value).slice(8, -1)}>`;
}

function uncloneable(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

function messaging() {
  return require('internal/messaging');
}

// Values that carry engine state V8 refuses to serialize.
function isHostObject(value) {
  const { URL, URLSearchParams } = require('internal/url');
  return value instanceof URL || value instanceof URLSearchParams;
}

function cloneArrayBuffer(value) {
  if (value.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  return value.slice(0);
}

function cloneView(value, memory) {
  const buffer = clone(value.buffer, memory);
  if (types.isDataView(value)) return new DataView(buffer, value.byteOffset, value.byteLength);
  // A Buffer comes back as a plain Uint8Array, as in Node.
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(value));
  const Ctor = proto === Uint8Array.prototype ? Uint8Array : value.constructor;
  return new Ctor(buffer, value.byteOffset, value.length);
}

function cloneError(value, memory) {
  const Ctor = ERROR_TYPES[value.name] ?? Error;
  const out = Object.create(Ctor.prototype);
  memory.set(value, out);
  const define = (k, v) => Object.defineProperty(out, k, { value: v, writable: true, configurable: true });
  if ('message' in value) define('message', String(value.message));
  if (typeof value.stack === 'string') define('stack', value.stack);
  if ('cause' in value) define('cause', clone(value.cause, memory));
  return out;
}

// A CryptoKey clones as Node's does: a new key with the same type,
// extractability, algorithm, usages and key material.
function cloneCryptoKey(key, memory) {
  const { createKey, keySlots } = require('internal/webcrypto/keys');
  const { type, extractable, algorithm, usages, material } = keySlots(key);
  return createKey(type, extractable, clone(algorithm, memory), [...usages], clone(material, memory));
}

function clone(value, memory) {
  if (typeof value === 'symbol' || typeof value === 'function') throw uncloneable(value);
  if (value === null || typeof value !== 'object') return value;
  if (memory.has(value)) return memory.get(value);
  let out;
  if (types.isBoxedPrimitive(value)) {
    if (types.isSymbolObject(value)) throw uncloneable(value);
    out = Object(value.valueOf());
  } else if (types.isDate(value)) {
    out = new Date(value.getTime());
  } else if (types.isRegExp(value)) {
    out = new RegExp(value.source, value.flags);
  } else if (types.isAnyArrayBuffer(value)) {
    out = cloneArrayBuffer(value);
  } else if (ArrayBuffer.isView(value)) {
    out = cloneView(value, memory);
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
    return cloneError(value, memory);
  } else if (require('internal/webcrypto/keys').isCryptoKey(value)) {
    out = cloneCryptoKey(value, memory);
  } else if (require('internal/blob').isBlob(value)) {
    out = require('internal/blob').cloneBlob(value);
  } else if (messaging().isMessagePort(value)) {
    throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
  } else if (isHostObject(value)) {
    throw dataCloneError('Cannot clone object of unsupported type.');
  } else if (Array.isArray(value)) {
    out = new Array(value.length);
  } else if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) || types.isProxy(value)) {
    throw uncloneable(value);
  } else {
    out = {};
  }
  memory.set(value, out);
  if (out.constructor === Object || Array.isArray(out)) {
    for (const key of Object.keys(value)) out[key] = clone(value[key], memory);
  }
  return out;
}

// Checks a transfer list and plans each transfer: `memory` maps every
// transferred object to what the clone will hold in its place.
function planTransfers(list, memory, sourcePort) {
  const buffers = [];
  const ports = [];
  for (const item of list) {
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw typeError('Value is not an object');
    }
    if (types.isAnyArrayBuffer(item)) {
      if (memory.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      if (item.detached) throw dataCloneError('Cannot transfer object of unsupported type.');
      // The clone gets a copy now; the original is detached once all went well.
      memory.set(item, item.slice(0));
      buffers.push(item);
    } else if (messaging().isMessagePort(item)) {
      if (item === sourcePort) throw dataCloneError('Transfer list contains source port');
      if (memory.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      const shell = messaging().portShell();
      memory.set(item, shell);
      ports.push([item, shell]);
    } else {
      throw dataCloneError('Found invalid value in transferList.');
    }
  }
  return { buffers, ports };
}

// Clones `value` moving what `transferList` names; returns the clone and the
// new port objects that took over transferred ports.
function cloneWithTransfer(value, transferList, sourcePort = null) {
  const memory = new Map();
  const plan = planTransfers(transferList, memory, sourcePort);
  const out = clone(value, memory);
  for (const buffer of plan.buffers) buffer.transfer(0);
  for (const [port, shell] of plan.ports) messaging().movePort(port, shell);
  return { value: out, ports: plan.ports.map(([, shell]) => shell) };
}

function transferListOf(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw typeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
  }
  const transfer = options.transfer;
  if (transfer === undefined) return [];
  if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw typeError("Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.");
  }
  return [...transfer];
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    // Node 22 words this error so.
    throw new codes.ERR_MISSING_ARGS('The value argument must be specified');
  }
  return cloneWithTransfer(value, transferListOf(options)).value;
}

module.exports = { structuredClone, cloneWithTransfer };
