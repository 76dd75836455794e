// The few argument validators the stream modules need, with Node's messages.
'use strict';

const { codes } = require('internal/errors');

function validateObject(value, name, allowArray = false) {
  if (value === null || typeof value !== 'object' || (!allowArray && Array.isArray(value))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// Two errors from one operation become one: the first, with the second
// attached (an AggregateError, as Node reports them).
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

// Calls fn at most once.
function once(fn) {
  let called = false;
  return function onceWrapper(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

const kEmptyObject = Object.freeze({ __proto__: null });

module.exports = {
  validateObject, validateFunction, validateBoolean, validateAbortSignal, validateInteger,
  aggregateTwoErrors, once, kEmptyObject,
};
