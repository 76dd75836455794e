// node:assert (and assert/strict through `assert.strict`) as in Node 22:
// the assertion functions, the Assert class (per-instance options), the
// deprecated CallTracker, and AssertionError.
'use strict';

const { inspect } = require('internal/util/inspect');
const { codes } = require('internal/errors');
const types = require('internal/util/types');
const { AssertionError } = require('internal/assert/assertion_error');
const { innerOk } = require('internal/assert/utils');
const CallTracker = require('internal/assert/calltracker');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } = require('internal/util/comparisons');

const kOptions = Symbol('options');
const NO_EXCEPTION = {};

const isError = (e) => types.isNativeError(e) || e instanceof Error;
// `diff` option of the Assert instance the method was called on, if any.
const diffOf = (self) => self?.[kOptions]?.diff;

function fail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function Assert(options) {
  if (!new.target) throw new codes.ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  options = Object.assign({ __proto__: null, strict: true }, options);
  if (options.diff !== undefined && options.diff !== 'simple' && options.diff !== 'full') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.diff', options.diff, "must be one of: 'simple', 'full'");
  }
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, { value: options });
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

let warnedFail = false;

Assert.prototype.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argc = arguments.length;
  let generated = false;
  if (actual == null && argc <= 1) {
    generated = true;
    message = 'Failed';
  } else if (argc === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argc === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: diffOf(this),
  });
  if (generated) err.generatedMessage = true;
  throw err;
};

Assert.prototype.ok = function ok(...args) {
  innerOk(ok, args.length, ...args);
};

function requireTwo(argc) {
  if (argc < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

// Each comparison method: `passes(actual, expected)` decides, `operator`
// names it in the error.
function comparison(name, operator, passes) {
  const method = {
    [name](actual, expected, message) {
      requireTwo(arguments.length);
      if (!passes(actual, expected)) {
        fail({ actual, expected, message, operator, stackStartFn: method, diff: diffOf(this) });
      }
    },
  }[name];
  Assert.prototype[name] = method;
}

// eslint-disable-next-line eqeqeq
const looselyEqual = (a, e) => a == e || (Number.isNaN(a) && Number.isNaN(e));
comparison('equal', '==', looselyEqual);
comparison('notEqual', '!=', (a, e) => !looselyEqual(a, e));
comparison('deepEqual', 'deepEqual', isDeepEqual);
comparison('notDeepEqual', 'notDeepEqual', (a, e) => !isDeepEqual(a, e));
comparison('deepStrictEqual', 'deepStrictEqual', isDeepStrictEqual);
comparison('notDeepStrictEqual', 'notDeepStrictEqual', (a, e) => !isDeepStrictEqual(a, e));
comparison('strictEqual', 'strictEqual', Object.is);
comparison('notStrictEqual', 'notStrictEqual', (a, e) => !Object.is(a, e));
comparison('partialDeepStrictEqual', 'partialDeepStrictEqual', isPartialStrictEqual);

// ---- throws / rejects ----------------------------------------------------------

// The keys of a validation object, with string values matched by RegExp
// values replaced so the diff only shows the keys that really differ.
// (Inspected as `Comparison {`, as in Node.)
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      const regexMatched = actual !== undefined && typeof actual[key] === 'string' &&
        types.isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null;
      this[key] = regexMatched ? actual[key] : obj[key];
    }
  }
}

function checkErrorKey(self, actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
      diff: diffOf(self),
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  fail({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self) });
}

// Throws unless `actual` satisfies `expected` (class, RegExp, validation
// function or object of expected properties).
function checkException(self, actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. ` +
          `Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: diffOf(self),
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        checkErrorKey(self, actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name
          ? 'an error with identical name but a different prototype.'
          : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self) });
  err.generatedMessage = generated;
  throw err;
}

function runForException(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Native promises, and thenables that also have a `catch` method.
function isPromiseLike(value) {
  return types.isPromise(value) ||
    (value !== null && typeof value === 'object' &&
     typeof value.then === 'function' && typeof value.catch === 'function');
}

async function settleForRejection(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

const kErrorKinds = ['Object', 'Error', 'Function', 'RegExp'];

function expectsError(self, fn, actual, ...rest) {
  let [error, message] = rest;
  if (typeof error === 'string') {
    if (rest.length === 2) throw new codes.ERR_INVALID_ARG_TYPE('error', kErrorKinds, error);
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', kErrorKinds, error);
  }
  if (actual === NO_EXCEPTION) {
    let details = error?.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const what = fn === Assert.prototype.rejects ? 'rejection' : 'exception';
    fail({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: `Missing expected ${what}${details}`,
      stackStartFn: fn,
      diff: diffOf(self),
    });
  }
  if (error) checkException(self, actual, error, message, fn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(self, fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = fn === Assert.prototype.doesNotReject ? 'rejection' : 'exception';
    fail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${what}${details}\nActual message: "${actual?.message}"`,
      stackStartFn: fn,
      diff: diffOf(self),
    });
  }
  throw actual;
}

Assert.prototype.throws = function throws(promiseFn, ...args) {
  expectsError(this, throws, runForException(promiseFn), ...args);
};

Assert.prototype.rejects = async function rejects(promiseFn, ...args) {
  expectsError(this, rejects, await settleForRejection(promiseFn), ...args);
};

Assert.prototype.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(this, doesNotThrow, runForException(fn), ...args);
};

Assert.prototype.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(this, doesNotReject, await settleForRejection(fn), ...args);
};

Assert.prototype.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff: diffOf(this),
  });
  // The stack continues with the original error's frames.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const at = origStack.indexOf('\n    at');
    if (at !== -1) {
      const origFrames = origStack.slice(at + 1).split('\n');
      let frames = String(newErr.stack).split('\n');
      for (const frame of origFrames) {
        const pos = frames.indexOf(frame);
        if (pos !== -1) {
          frames = frames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${frames.join('\n')}\n${origFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function regexpCheck(self, string, regexp, message, fn, wanted) {
  if (!types.isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' && (regexp.exec(string) !== null) === wanted) return;
  if (message instanceof Error) throw message;
  const generated = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = `The input ${wanted ? 'did not match' : 'was expected to not match'} the regular expression ` +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self),
  });
  err.generatedMessage = generated;
  throw err;
}

Assert.prototype.match = function match(string, regexp, message) {
  regexpCheck(this, string, regexp, message, match, true);
};

Assert.prototype.doesNotMatch = function doesNotMatch(string, regexp, message) {
  regexpCheck(this, string, regexp, message, doesNotMatch, false);
};

// ---- the module object -------------------------------------------------------

// `assert(value)` itself is `assert.ok`.
function ok(...args) {
  innerOk(ok, args.length, ...args);
}
const assert = ok;

assert.AssertionError = AssertionError;
assert.CallTracker = require('util').deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');
assert.ok = assert;
for (const name of ['fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match',
  'doesNotMatch', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError']) {
  assert[name] = Assert.prototype[name];
}

// assert.strict: the loose names bound to the strict comparisons.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;

module.exports = assert;
