// AssertionError: the error every node:assert check throws, with the
// message Node 22 generates for each operator (line diffs for the deep and
// strict comparisons, single values for the negated ones).
'use strict';

const { inspect } = require('internal/util/inspect');
const { codes, fixStackName } = require('internal/errors');
const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');

const kHeader = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Operators whose message is a diff, even under a custom message.
const kDiffOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

const kMaxShortLength = 12;
const kMaxLongLength = 512;
// Unchanged-structure and negated messages fold past this many lines.
const kMaxShownLines = 50;

// Inspection that does not depend on util.inspect.defaultOptions or on
// custom inspectors: the message must show what was compared.
function inspectValue(value) {
  return inspect(value, {
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

const isObjectLike = (v) => typeof v === 'object' && v !== null;

// A plain copy of an error (same prototype and own enumerable fields, a
// non-enumerable message and cause) so the diff does not show stacks.
function copyError(source) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(copy, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(copy, 'cause', { value: cause });
  }
  return copy;
}

function terminalWidth() {
  return process.stderr?.isTTY ? process.stderr.columns : 80;
}

// Two one-line values: `a !== b` when short, else both stacked with a caret
// under the first differing character of two strings.
function simpleDiff(actual, shownActual, expected, shownExpected) {
  let len = shownActual.length + shownExpected.length;
  if (typeof actual === 'string') len -= 2;
  if (typeof expected === 'string') len -= 2;
  if (len <= kMaxShortLength && (actual !== 0 || expected !== 0)) {
    return { body: `${shownActual} !== ${shownExpected}`, header: '' };
  }
  let body = `\n+ ${shownActual}\n- ${shownExpected}`;
  const strings = typeof actual === 'string' && typeof expected === 'string';
  if (strings && shownActual.length + shownExpected.length <= terminalWidth()) {
    for (let i = 0; i < shownActual.length; i++) {
      if (shownActual[i] !== shownExpected[i]) {
        // The first characters (and the quote) need no pointer.
        if (i >= 3) body += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { body };
}

function diffMessage(actual, expected, operator, customMessage, diffMode) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const shownActual = inspectValue(actual);
  const shownExpected = inspectValue(expected);
  const linesA = shownActual.split('\n');
  const linesE = shownExpected.split('\n');
  let header = '+ actual - expected';
  let body;
  let skipped = false;
  if (linesA.length === 1 && linesE.length === 1 && (!isObjectLike(actual) || !isObjectLike(expected))) {
    const simple = simpleDiff(actual, linesA[0], expected, linesE[0]);
    body = simple.body;
    if (simple.header !== undefined) header = simple.header;
  } else if (shownActual === shownExpected) {
    operator = 'notIdentical';
    header = '';
    if (linesA.length > kMaxShownLines && diffMode !== 'full') {
      body = `${linesA.slice(0, kMaxShownLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      body = shownActual;
    }
  } else {
    const ops = myersDiff(linesA, linesE, actual != null && typeof actual === 'object');
    const printed = printMyersDiff(ops, operator);
    body = printed.message;
    skipped = printed.skipped;
  }
  const head = `${customMessage || kHeader[operator]}\n${header}`;
  return `${head}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

// `not...` operators on equal values: the one value, folded past 50 lines.
function negatedMessage(actual, operator, diffMode) {
  let base = kHeader[operator];
  const lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = kHeader.notStrictEqualObject;
  }
  if (lines.length > kMaxShownLines && diffMode !== 'full') {
    lines.length = 46;
    lines.push('...');
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

function truncate(text, diffMode) {
  return text.length > kMaxLongLength && diffMode !== 'full' ? `${text.slice(0, 509)}...` : text;
}

// deepEqual, notDeepEqual and any other operator: both values in full.
function otherMessage(actual, expected, operator, diffMode) {
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const header = kHeader[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    const text = `${header}\n\n${shownActual}`;
    return text.length > 1024 && diffMode !== 'full' ? `${text.slice(0, 1021)}...` : text;
  }
  shownActual = truncate(shownActual, diffMode);
  shownExpected = truncate(shownExpected, diffMode);
  if (operator === 'deepEqual') {
    return `${header}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  }
  const unequal = kHeader[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  return `${shownActual} ${operator} ${shownExpected}`;
}

function generatedMessage(actual, expected, operator, diffMode) {
  if (isObjectLike(actual) && isObjectLike(expected) &&
      'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (kDiffOperators.has(operator)) return diffMessage(actual, expected, operator, undefined, diffMode);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return negatedMessage(actual, operator, diffMode);
  }
  return otherMessage(actual, expected, operator, diffMode);
}

// Long strings shown in an inspected AssertionError are cut short.
function shorten(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (text.length > kMaxLongLength) return `${text.slice(kMaxLongLength)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, details, diff = 'simple' } = options;
    const { actual, expected } = options;
    let text;
    if (message != null) {
      text = kDiffOperators.has(operator)
        ? diffMessage(actual, expected, operator, message, diff)
        : String(message);
    } else {
      text = generatedMessage(actual, expected, operator, diff);
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      details.forEach((d, i) => {
        this[`message ${i}`] = d.message;
        this[`actual ${i}`] = d.actual;
        this[`expected ${i}`] = d.expected;
        this[`operator ${i}`] = d.operator;
        this[`stack trace ${i}`] = d.stack;
      });
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // stackStartFn/stackStartFunction are accepted but the trace keeps the
    // runtime's frames: this engine's Error.captureStackTrace cannot re-root
    // an existing error's trace (Node's report drops those frames anyway).
    fixStackName(this, 'AssertionError [ERR_ASSERTION]');
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = shorten(actual);
    if (typeof expected === 'string') this.expected = shorten(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = { AssertionError, inspectValue };
