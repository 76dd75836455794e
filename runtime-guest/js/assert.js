// node:assert (and assert/strict through `assert.strict`): the assertion
// functions, AssertionError with Node's messages, and line diffs for deep
// comparisons.
'use strict';

const { inspect } = require('internal/util/inspect');
const { codes, fixStackName } = require('internal/errors');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');

const kMaxShortLength = 12;

const kHeaders = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
};

function inspectValue(v) {
  return inspect(v, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Lines of `actual` and `expected` merged: common lines indented, then for
// each differing stretch the actual lines (+) before the expected ones (-).
function lineDiff(a, e) {
  const n = a.length;
  const m = e.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === e[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let plus = [];
  let minus = [];
  const flush = () => {
    out.push(...plus.map((l) => `+ ${l}`), ...minus.map((l) => `- ${l}`));
    plus = [];
    minus = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === e[j]) {
      flush();
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
      plus.push(a[i++]);
    } else {
      minus.push(e[j++]);
    }
  }
  flush();
  return out.join('\n');
}

function generateMessage(actual, expected, operator) {
  const header = kHeaders[operator];
  const a = inspectValue(actual).split('\n');
  const e = inspectValue(expected).split('\n');
  switch (operator) {
    case 'deepStrictEqual':
    case 'strictEqual': {
      if (operator === 'strictEqual' && a.join('\n') === e.join('\n') &&
          ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
        return `Values have same structure but are not reference-equal:\n\n${a.join('\n')}\n`;
      }
      const objects = (typeof actual === 'object' && actual !== null) || (typeof expected === 'object' && expected !== null);
      if (a.length === 1 && e.length === 1 && a[0] !== e[0] &&
          (!objects || (a[0].length + e[0].length <= kMaxShortLength)) &&
          a[0].length + e[0].length <= kMaxShortLength) {
        return `${header}\n\n${a[0]} !== ${e[0]}\n`;
      }
      let caret = '';
      if (a.length === 1 && e.length === 1 && a[0] !== e[0]) {
        let k = 0;
        while (k < a[0].length && a[0][k] === e[0][k]) k++;
        if (k > 2) caret = `\n${' '.repeat(k + 2)}^`;
      }
      return `${header}\n+ actual - expected\n\n${lineDiff(a, e)}${caret}`;
    }
    case 'deepEqual':
      return `${header}\n\n${a.join('\n')}\n\nshould loosely deep-equal\n\n${e.join('\n')}`;
    case 'notStrictEqual':
      if (e.length === 1) return `${header} ${e[0]}`;
      return `${header}\n\n${e.join('\n')}\n`;
    case 'notDeepStrictEqual':
    case 'notDeepEqual':
      if (e.length === 1) return `${header} ${e[0]}`;
      return `${header}\n\n${e.join('\n')}\n`;
    default:
      return `${inspect(actual)} ${operator} ${inspect(expected)}`;
  }
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, actual, expected, operator } = options;
    let text;
    if (message != null) {
      text = `${message}`;
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        const generated = generateMessage(actual, expected, operator);
        const detail = generated.slice(generated.indexOf('\n') + 1);
        if (detail.startsWith('\n')) text += `\n${detail}`;
      }
    } else {
      text = generateMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = message == null;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    fixStackName(this, 'AssertionError [ERR_ASSERTION]');
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function fail(opts) {
  if (opts.message instanceof Error) throw opts.message;
  throw new AssertionError(opts);
}

// Node quotes the failing call from the source when it can.
function falsyMessage(callerErr) {
  // The first frame outside the runtime is the assertion call.
  const loc = binding.errorLocation(callerErr);
  if (loc) {
    try {
      const line = binding.readFileUtf8(loc[0]).split('\n')[loc[1] - 1] ?? '';
      const m = /\b(?:assert(?:\.strict)?(?:\.ok)?|ok)\s*\(/.exec(line);
      if (m) {
        let depth = 0;
        for (let k = m.index + m[0].length - 1; k < line.length; k++) {
          if (line[k] === '(') depth++;
          else if (line[k] === ')' && --depth === 0) {
            return `The expression evaluated to a falsy value:\n\n  ${line.slice(m.index, k + 1)}\n`;
          }
        }
      }
    } catch {
      // fall back to the generic message
    }
  }
  return undefined;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    message = 'No value argument passed to `assert.ok()`';
    generatedMessage = true;
  } else if (message == null) {
    const probe = new Error();
    message = falsyMessage(probe);
    generatedMessage = true;
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==' });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = function assert(...args) {
  innerOk(assert, args.length, ...args);
};

assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function (actual, expected, message, operator) {
  if (arguments.length === 0) message = 'Failed';
  else if (arguments.length === 1) {
    message = actual;
    actual = undefined;
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({ actual, expected, operator: operator ?? 'fail', message });
  err.generatedMessage = arguments.length === 0;
  throw err;
};

function checkArgs(args, names) {
  if (args.length < 2) throw new codes.ERR_MISSING_ARGS(...names);
}

assert.equal = function equal(actual, expected, message) {
  checkArgs(arguments, ['actual', 'expected']);
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (Number.isNaN(actual) && Number.isNaN(expected)))) {
    fail({ actual, expected, message, operator: '==' });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments, ['actual', 'expected']);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    fail({ actual, expected, message, operator: '!=' });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments, ['actual', 'expected']);
  if (!Object.is(actual, expected)) fail({ actual, expected, message, operator: 'strictEqual' });
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments, ['actual', 'expected']);
  if (Object.is(actual, expected)) fail({ actual, expected, message, operator: 'notStrictEqual' });
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments, ['actual', 'expected']);
  if (!isDeepEqual(actual, expected)) fail({ actual, expected, message, operator: 'deepEqual' });
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments, ['actual', 'expected']);
  if (isDeepEqual(actual, expected)) fail({ actual, expected, message, operator: 'notDeepEqual' });
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments, ['actual', 'expected']);
  if (!isDeepStrictEqual(actual, expected)) fail({ actual, expected, message, operator: 'deepStrictEqual' });
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments, ['actual', 'expected']);
  if (isDeepStrictEqual(actual, expected)) fail({ actual, expected, message, operator: 'notDeepStrictEqual' });
};

// ---- throws / rejects --------------------------------------------------------

const NO_EXCEPTION = Symbol('no exception');

function getActual(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

async function waitActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!promise || typeof promise.then !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', 'Promise', promise);
    }
  } else if (promiseFn && typeof promiseFn.then === 'function') {
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

// An AssertionError whose message is `message`, or `generated` when the
// caller gave none (and then marked generatedMessage).
function mismatch(actual, expected, fnName, message, generated) {
  const err = new AssertionError({ actual, expected, operator: fnName, message: message ?? generated });
  err.generatedMessage = message == null;
  return err;
}

function expectedMatches(actual, expected, message, fnName) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      const name = actual?.constructor?.name ?? typeof actual;
      throw mismatch(actual, expected, fnName, message,
        `The error is expected to be an instance of "${expected.name}". Received "${name}"\n\nError message:\n\n${actual?.message}`);
    }
    if (expected.call({}, actual) === true) return;
    throw mismatch(actual, expected, fnName, message,
      `The ${expected.name ? `"${expected.name}" ` : ''}validation function is expected to return "true". Received ${inspect(expected.call({}, actual))}`);
  }
  if (expected instanceof RegExp) {
    if (expected.test(String(actual))) return;
    throw mismatch(actual, expected, fnName, message,
      `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(String(actual))}\n`);
  }
  if (typeof expected === 'object' && expected !== null) {
    for (const key of Reflect.ownKeys(expected)) {
      const want = expected[key];
      const got = actual?.[key];
      const matches = want instanceof RegExp && typeof got === 'string' ? want.test(got) : isDeepStrictEqual(got, want);
      if (!matches) {
        throw mismatch(actual, expected, fnName, message, generateMessage(actual, expected, 'deepStrictEqual'));
      }
    }
    return;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp', 'Object', 'Error'], expected);
}

function expectsError(fnName, actual, expected, message) {
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (expected?.name) details += ` (${expected.name})`;
    details += message ? `: ${message}` : '.';
    const what = fnName === 'rejects' ? 'rejection' : 'exception';
    fail({ actual: undefined, expected, operator: fnName, message: `Missing expected ${what}${details}` });
  }
  expectedMatches(actual, expected, message, fnName);
}

function expectsNoError(fnName, actual, expected, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (!expected || (typeof expected === 'function' && actual instanceof expected)) {
    const details = message ? `: ${message}` : '.';
    const what = fnName === 'doesNotReject' ? 'rejection' : 'exception';
    fail({
      actual,
      expected,
      operator: fnName,
      message: `Got unwanted ${what}${details}\nActual message: "${actual?.message}"`,
    });
  }
  throw actual;
}

assert.throws = function throws(fn, ...args) {
  expectsError('throws', getActual(fn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError('rejects', await waitActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError('doesNotThrow', getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError('doesNotReject', await waitActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  message += typeof err === 'object' && typeof err.message === 'string'
    ? (err.message.length === 0 && err.constructor ? err.constructor.name : err.message)
    : inspect(err);
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
  throw newErr;
};

function matchImpl(string, regexp, message, fnName, wanted) {
  if (!(regexp instanceof RegExp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string !== 'string' || regexp.test(string) !== wanted) {
    if (message instanceof Error) throw message;
    const generated = message == null;
    const text = message ?? (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : `The input ${wanted ? 'did not match' : 'was expected to not match'} the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message: text, operator: fnName });
    err.generatedMessage = generated;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  matchImpl(string, regexp, message, 'match', true);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  matchImpl(string, regexp, message, 'doesNotMatch', false);
};

// assert.strict: the same functions with the strict comparisons.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict = strict;
strict.strict = strict;

module.exports = assert;
