// The argument validators the stream modules need (the shared ones, with
// Node's messages) and a few small stream helpers.
'use strict';

const {
  validateObject, validateFunction, validateBoolean, validateAbortSignal, validateInteger,
} = require('internal/validators');

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

// A stream's implementation may come in its options: `read` becomes
// `_read`, `write` `_write`, and so on for the names given.
function adoptMethods(stream, options, names) {
  // An index loop: every stream constructed with options comes here, and
  // for-of would make an iterator and a result object per name.
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (typeof options[name] === 'function') stream[`_${name}`] = options[name];
  }
}

module.exports = {
  validateObject, validateFunction, validateBoolean, validateAbortSignal, validateInteger,
  aggregateTwoErrors, once, kEmptyObject, adoptMethods,
};
