// assert.CallTracker (deprecated in Node 22, DEP0173, but still shipped):
// wraps functions to count their calls and reports those called a number of
// times other than expected.
'use strict';

const { codes } = require('internal/errors');
const { AssertionError } = require('internal/assert/assertion_error');

function validateExpectedCount(value) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('expected', 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE('expected', 'an integer', value);
  if (value < 1 || value > 4294967295) throw new codes.ERR_OUT_OF_RANGE('expected', '>= 1 && <= 4294967295', value);
}

// The calls of one tracked function.
class TrackedCalls {
  #calls = [];
  #expected;
  #name;
  #stack;

  constructor(expected, name, stack) {
    this.#expected = expected;
    this.#name = name;
    this.#stack = stack;
  }

  record(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze([...args]) }));
  }

  reset() {
    this.#calls = [];
  }

  list() {
    return Object.freeze([...this.#calls]);
  }

  // A report entry when the count is off, else undefined.
  report() {
    const count = this.#calls.length;
    if (count === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
        `but was executed ${count} time(s).`,
      actual: count,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

class CallTracker {
  #all = new Set();
  #byFunction = new WeakMap();

  #lookup(tracked) {
    const entry = this.#byFunction.get(tracked);
    if (entry === undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return entry;
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new codes.ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = Function.prototype; // nameless: reported as `calls`
    } else if (fn === undefined) {
      fn = Function.prototype;
    }
    validateExpectedCount(expected);
    const entry = new TrackedCalls(expected, fn.name || 'calls', new Error());
    const tracked = new Proxy(fn, {
      apply(target, thisArg, args) {
        entry.record(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#all.add(entry);
    this.#byFunction.set(tracked, entry);
    return tracked;
  }

  getCalls(tracked) {
    return this.#lookup(tracked).list();
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const entry of this.#all) entry.reset();
      return;
    }
    this.#lookup(tracked).reset();
  }

  report() {
    const out = [];
    for (const entry of this.#all) {
      const r = entry.report();
      if (r !== undefined) out.push(r);
    }
    return out;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1
      ? errors[0].message
      : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
