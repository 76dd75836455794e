// util.inspect, util.format and friends.
//
// The goal is output that is byte-identical to Node's for everyday values, so
// the layout rules below (when an object fits on one line, how long arrays are
// put into columns, how errors and circular references are shown) follow the
// behaviour observed from Node. The implementation is our own: Node relies on
// V8 internals to look inside objects, and we have only ordinary JavaScript,
// so type detection lives in internal/util/types and a few things V8 can show
// (entries of Map iterators, the target of a Proxy) are out of reach.

'use strict';

const types = require('internal/util/types');

const {
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  keys: objectKeys,
} = Object;
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

// How the entries of an object are laid out.
const kObjectType = 0; // "key: value" entries
const kArrayType = 1; // bare values (array elements)
const kArrayExtrasType = 2; // "key: value" entries on an array-like: grouped like arrays

// ---- options ---------------------------------------------------------------------

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};
// Sealed, as in Node: assigning an unknown option throws.
Object.seal(inspectDefaultOptions);

const optionNames = objectKeys(inspectDefaultOptions);

// Names of the global constructors. Prototype properties of these are never
// listed with showHidden, and `%s` prints their instances with inspect.
const builtInObjects = new Set(
  getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)),
);

// ---- colors ------------------------------------------------------------------------

// ANSI SGR codes: [start, end].
const colors = Object.assign(Object.create(null), {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

// Alternative spellings: non-enumerable, so that listing the colors shows
// each one once, and writable through to the color they stand for.
const colorAliases = {
  grey: 'gray',
  blackBright: 'gray',
  bgGrey: 'bgGray',
  bgBlackBright: 'bgGray',
  faint: 'dim',
  crossedout: 'strikethrough',
  strikeThrough: 'strikethrough',
  crossedOut: 'strikethrough',
  conceal: 'hidden',
  swapColors: 'inverse',
  swapcolors: 'inverse',
  doubleUnderline: 'doubleunderline',
};
for (const alias of objectKeys(colorAliases)) {
  const target = colorAliases[alias];
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

// Which color each kind of token gets.
const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// The SGR sequences stylizeWithColor produces; removed to measure text.
const sgrPattern = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(sgrPattern, '');
}

// ---- terminal width of text ---------------------------------------------------------

// Code points that take two columns in a terminal (East Asian wide and
// full-width characters, and emoji).
function isFullWidth(cp) {
  return cp >= 0x1100 && (
    cp <= 0x115f ||
    cp === 0x2329 || cp === 0x232a ||
    (cp >= 0x231a && cp <= 0x231b) ||
    (cp >= 0x23e9 && cp <= 0x23ec) || cp === 0x23f0 || cp === 0x23f3 ||
    (cp >= 0x25fd && cp <= 0x25fe) ||
    (cp >= 0x2614 && cp <= 0x2615) ||
    (cp >= 0x2648 && cp <= 0x2653) ||
    cp === 0x267f || cp === 0x2693 || cp === 0x26a1 ||
    (cp >= 0x26aa && cp <= 0x26ab) ||
    (cp >= 0x26bd && cp <= 0x26be) ||
    (cp >= 0x26c4 && cp <= 0x26c5) ||
    cp === 0x26ce || cp === 0x26d4 || cp === 0x26ea ||
    (cp >= 0x26f2 && cp <= 0x26f3) || cp === 0x26f5 || cp === 0x26fa || cp === 0x26fd ||
    cp === 0x2705 || (cp >= 0x270a && cp <= 0x270b) || cp === 0x2728 || cp === 0x274c ||
    cp === 0x274e || (cp >= 0x2753 && cp <= 0x2755) || cp === 0x2757 ||
    (cp >= 0x2795 && cp <= 0x2797) || cp === 0x27b0 || cp === 0x27bf ||
    (cp >= 0x2b1b && cp <= 0x2b1c) || cp === 0x2b50 || cp === 0x2b55 ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x3247) ||
    (cp >= 0x3250 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x16fe0 && cp <= 0x18cff) ||
    (cp >= 0x1b000 && cp <= 0x1b2ff) ||
    cp === 0x1f004 || cp === 0x1f0cf || cp === 0x1f18e ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff) ||
    (cp >= 0x1f191 && cp <= 0x1f19a) ||
    (cp >= 0x1f200 && cp <= 0x1f251) ||
    (cp >= 0x1f300 && cp <= 0x1f320) ||
    (cp >= 0x1f32d && cp <= 0x1f335) ||
    (cp >= 0x1f337 && cp <= 0x1f37c) ||
    (cp >= 0x1f37e && cp <= 0x1f393) ||
    (cp >= 0x1f3a0 && cp <= 0x1f3ca) ||
    (cp >= 0x1f3cf && cp <= 0x1f3d3) ||
    (cp >= 0x1f3e0 && cp <= 0x1f3f0) || cp === 0x1f3f4 ||
    (cp >= 0x1f3f8 && cp <= 0x1f43e) || cp === 0x1f440 ||
    (cp >= 0x1f442 && cp <= 0x1f4fc) ||
    (cp >= 0x1f4ff && cp <= 0x1f53d) ||
    (cp >= 0x1f54b && cp <= 0x1f54e) ||
    (cp >= 0x1f550 && cp <= 0x1f567) || cp === 0x1f57a ||
    (cp >= 0x1f595 && cp <= 0x1f596) || cp === 0x1f5a4 ||
    (cp >= 0x1f5fb && cp <= 0x1f64f) ||
    (cp >= 0x1f680 && cp <= 0x1f6c5) || cp === 0x1f6cc ||
    (cp >= 0x1f6d0 && cp <= 0x1f6d2) ||
    (cp >= 0x1f6d5 && cp <= 0x1f6d7) ||
    (cp >= 0x1f6dc && cp <= 0x1f6df) ||
    (cp >= 0x1f6eb && cp <= 0x1f6ec) ||
    (cp >= 0x1f6f4 && cp <= 0x1f6fc) ||
    (cp >= 0x1f7e0 && cp <= 0x1f7eb) || cp === 0x1f7f0 ||
    (cp >= 0x1f90c && cp <= 0x1f93a) ||
    (cp >= 0x1f93c && cp <= 0x1f945) ||
    (cp >= 0x1f947 && cp <= 0x1f9ff) ||
    (cp >= 0x1fa70 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

// Code points that take no column: controls, combining marks, zero-width
// spaces and joiners, variation selectors.
function isZeroWidth(cp) {
  return cp <= 0x1f ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef);
}

// Printable ASCII and newlines only: one column per character, none for
// the newlines. This covers most of what inspect measures.
const plainAsciiPattern = /^[\x20-\x7e\n]*$/;

// Number of terminal columns `str` occupies.
function getStringWidth(str, removeControlChars = true) {
  if (plainAsciiPattern.test(str)) {
    let newlines = 0;
    for (let i = str.indexOf('\n'); i !== -1; i = str.indexOf('\n', i + 1)) newlines++;
    return str.length - newlines;
  }
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    // Printable ASCII is by far the common case.
    if (code >= 0x20 && code < 0x7f) {
      width++;
      continue;
    }
    const cp = str.codePointAt(i);
    if (cp > 0xffff) i++;
    if (isZeroWidth(cp)) continue;
    width += isFullWidth(cp) ? 2 : 1;
  }
  return width;
}

// Escape sequences a terminal interprets, in the grammar Node recognises
// (that of the ansi-regex package): an introducer (ESC or the one-byte CSI),
// optional bracket/intermediate characters, then either a string command
// ended by a string terminator (hyperlinks, window titles) or numeric
// parameters and a final character (colors, cursor movement, ...).
const vtControlPattern = (() => {
  const introducer = '[\\u001B\\u009B][[\\]()#;?]*';
  const terminator = '(?:\\u0007|\\u001B\\u005C|\\u009C)'; // BEL, ESC \\, ST
  const stringChar = '[-a-zA-Z\\d\\/#&.:=?%@~_]';
  const stringCommand =
    `(?:(?:(?:;${stringChar}+)*|[a-zA-Z\\d]+(?:;${stringChar}*)*)?${terminator})`;
  const controlCommand = '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~])';
  return new RegExp(`${introducer}(?:${stringCommand}|${controlCommand})`, 'g');
})();

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw invalidArgType('str', 'string', str);
  }
  return str.replace(vtControlPattern, '');
}

// ---- errors thrown by this module -----------------------------------------------

// Node's ERR_INVALID_ARG_TYPE, loaded when needed: internal/errors uses this
// module to describe values.
function invalidArgType(name, expected, actual) {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_ARG_TYPE(name, expected, actual);
}

// ---- primitives ----------------------------------------------------------------

// How each code unit that needs escaping is written inside quotes.
const escapes = [];
for (let code = 0; code < 0xa0; code++) {
  escapes.push(`\\x${code.toString(16).toUpperCase().padStart(2, '0')}`);
}
escapes[0x08] = '\\b';
escapes[0x09] = '\\t';
escapes[0x0a] = '\\n';
escapes[0x0c] = '\\f';
escapes[0x0d] = '\\r';
escapes[0x27] = "\\'";
escapes[0x5c] = '\\\\';

// Whether a string has anything escapeText would change; testing first
// spares the character loop for the usual plain strings.
const needsEscapePattern = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const needsEscapeNoQuotePattern = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

// Escapes control characters, C1 controls, backslashes, lone surrogates and,
// if asked, single quotes.
function escapeText(str, escapeSingleQuote) {
  if (!(escapeSingleQuote ? needsEscapePattern : needsEscapeNoQuotePattern).test(str)) {
    return str;
  }
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    let replacement;
    if (code < 0x20 || code === 0x5c || (code >= 0x7f && code <= 0x9f) ||
        (code === 0x27 && escapeSingleQuote)) {
      replacement = escapes[code];
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // A well-formed surrogate pair is printed as is.
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      replacement = `\\u${code.toString(16)}`;
    } else {
      continue;
    }
    result += str.slice(last, i) + replacement;
    last = i + 1;
  }
  return last === 0 ? str : result + str.slice(last);
}

// Quotes a string the way Node does: single quotes, unless the text contains
// single quotes, in which case double quotes or backticks are used when that
// avoids escaping.
function quoteString(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
  }
  return quote + escapeText(str, quote === "'") + quote;
}

// Inserts "_" between groups of three digits, counted from the right.
function groupIntegerDigits(digits) {
  const sign = digits.startsWith('-') ? '-' : '';
  let rest = sign ? digits.slice(1) : digits;
  if (rest.length < 4) return digits;
  let grouped = '';
  while (rest.length > 3) {
    grouped = `_${rest.slice(-3)}${grouped}`;
    rest = rest.slice(0, -3);
  }
  return sign + rest + grouped;
}

// Inserts "_" between groups of three digits, counted from the left.
function groupFractionDigits(digits) {
  if (digits.length <= 3) return digits;
  const groups = [];
  let i = 0;
  for (; i < digits.length - 3; i += 3) groups.push(digits.slice(i, i + 3));
  groups.push(digits.slice(i));
  return groups.join('_');
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    // `${-0}` is "0", so -0 needs its own case.
    if (Object.is(number, -0)) return stylize('-0', 'number');
    return stylize(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const integerText = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || integerText.includes('e')) {
      return stylize(integerText, 'number');
    }
    return stylize(groupIntegerDigits(integerText), 'number');
  }
  if (Number.isNaN(number)) return stylize(integerText, 'number');
  const fraction = String(number).slice(integerText.length + 1);
  return stylize(
    `${groupIntegerDigits(integerText)}.${groupFractionDigits(fraction)}`, 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const text = String(bigint);
  return stylize(`${numericSeparator ? groupIntegerDigits(text) : text}n`, 'bigint');
}

// Strings longer than this may be broken at their newlines.
const kMinLineWidth = 16;

function formatString(stylize, str, ctx) {
  let trailer = '';
  if (str.length > ctx.maxStringLength) {
    const remaining = str.length - ctx.maxStringLength;
    str = str.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  // A long string that will not fit on the line is shown as one quoted
  // piece per line of its text, joined with "+".
  if (ctx.compact !== true && str.length > kMinLineWidth &&
      str.length > ctx.breakLength - ctx.indentationLvl - 4) {
    return str
      .split(/(?<=\n)/)
      .map((line) => stylize(quoteString(line), 'string'))
      .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return stylize(quoteString(str), 'string') + trailer;
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string':
      return formatString(stylize, value, ctx);
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      return stylize(value.toString(), 'symbol');
  }
}

// ---- entry point -------------------------------------------------------------------

/**
 * Returns a string representation of `value` for debugging.
 * inspect(value, options) or the legacy inspect(value, showHidden, depth, colors).
 */
function inspect(value, opts, ...legacy) {
  // Options not given are read from the defaults, through the prototype:
  // cheaper than copying them all for every call.
  const ctx = Object.create(inspectDefaultOptions);
  ctx.budget = {};
  ctx.indentationLvl = 0;
  ctx.seen = [];
  ctx.currentDepth = 0;
  ctx.circular = undefined;
  ctx.userOptions = undefined;
  ctx.stylize = stylizeNoColor;
  // The legacy signature: (value, showHidden, depth, colors).
  if (legacy.length > 0) {
    if (legacy[0] !== undefined) ctx.depth = legacy[0];
    if (legacy.length > 1 && legacy[1] !== undefined) ctx.colors = legacy[1];
  }
  if (opts !== undefined) {
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const optKeys = objectKeys(opts);
      for (let i = 0; i < optKeys.length; i++) {
        const key = optKeys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = Symbol.for('nodejs.util.inspect.custom');

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

// The options object handed to custom inspect functions.
function getUserOptions(ctx) {
  const options = { stylize: ctx.stylize };
  for (const name of optionNames) options[name] = ctx[name];
  if (ctx.userOptions !== undefined) Object.assign(options, ctx.userOptions);
  return options;
}

// ---- any value -------------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // A proxy shows its target, not what its traps pretend; with showProxy,
  // both target and handler. This comes first so that no trap runs.
  const context = value;
  const proxy = types.getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatValue(ctx, value, recurseTimes);
    }
  } else {
    // A revoked proxy the runtime did not see created throws on every
    // operation; Node labels it.
    try {
      getPrototypeOf(value);
    } catch {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
  }

  if (ctx.customInspect) {
    const custom = value[inspect.custom];
    // Prototypes are not asked to inspect themselves: their method is meant
    // for their instances.
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const result = custom.call(context, depth, getUserOptions(ctx), inspect);
      // Returning `this` means "inspect me normally".
      if (result !== value) {
        if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
        return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) return formatCircular(ctx, value);
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// Marks a reference back to an object that is being printed. Each such
// object gets a number, shown as "<ref *N>" where it is printed.
function formatCircular(ctx, value) {
  if (ctx.circular === undefined) ctx.circular = new Map();
  let index = ctx.circular.get(value);
  if (index === undefined) {
    index = ctx.circular.size + 1;
    ctx.circular.set(value, index);
  }
  return ctx.stylize(`[Circular *${index}]`, 'special');
}

function safeInstanceOf(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The value of the data property `key` on `obj` or its prototypes, without
// running getters (undefined for accessors).
function dataPropertyOnChain(obj, key) {
  for (let o = obj; o !== null; o = getPrototypeOf(o)) {
    const desc = getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return desc.value;
  }
  return undefined;
}

// The engine's own idea of what an object is, for objects whose prototype
// chain names no constructor.
function intrinsicClassName(obj) {
  // Like V8, a string Symbol.toStringTag data property (own or inherited)
  // names the object, then a named `constructor` data property.
  const tag = dataPropertyOnChain(obj, Symbol.toStringTag);
  if (typeof tag === 'string') return tag;
  const ctor = dataPropertyOnChain(obj, 'constructor');
  if (typeof ctor === 'function') {
    const name = getOwnPropertyDescriptor(ctor, 'name')?.value;
    if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
  }
  if (typeof obj === 'function') return 'Function';
  if (Array.isArray(obj)) return 'Array';
  if (types.isNativeError(obj)) return 'Error';
  return 'Object';
}

let knownPrototypes;
function wellKnownPrototypes() {
  if (knownPrototypes === undefined) {
    knownPrototypes = new Map();
    const TypedArray = getPrototypeOf(Uint8Array);
    for (const ctor of [Array, ArrayBuffer, Function, Map, Set, Object, TypedArray, RegExp, Date,
      DataView, Error, AggregateError, RangeError, TypeError, Boolean, Number, String, Promise,
      WeakMap, WeakSet]) {
      knownPrototypes.set(ctor.prototype, ctor);
    }
  }
  return knownPrototypes;
}

// The name of the nearest constructor on the prototype chain whose
// `prototype` the object inherits from; null for objects without prototype.
// With showHidden, also collects the prototype's accessors into protoProps.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  let current = obj;
  while (current !== null && current !== undefined) {
    // Built-in prototypes are named even when their `constructor` property
    // was tampered with.
    const known = wellKnownPrototypes().get(current);
    if (known !== undefined && safeInstanceOf(obj, known)) {
      if (protoProps !== undefined && firstProto !== current) {
        addPrototypeProperties(ctx, obj, firstProto || obj, recurseTimes, protoProps);
      }
      return known.name;
    }
    const desc = getOwnPropertyDescriptor(current, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && safeInstanceOf(obj, desc.value)) {
      const name = String(desc.value.name);
      if (protoProps !== undefined && (firstProto !== current || !builtInObjects.has(name))) {
        addPrototypeProperties(ctx, obj, firstProto || obj, recurseTimes, protoProps);
      }
      return name;
    }
    current = getPrototypeOf(current);
    if (firstProto === undefined) firstProto = current;
  }
  if (firstProto === null) return null;

  // The chain has prototypes but no usable constructor: describe the
  // prototype instead, as "Object <Foo>".
  const className = intrinsicClassName(obj);
  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    return `${className} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const shownProto = inspect(firstProto, {
      ...ctxOptions(ctx),
      customInspect: false,
      depth: -1,
    });
    return `${className} <${shownProto}>`;
  }
  return `${className} <${protoName}>`;
}

// The options of a context, to start a nested inspect() with.
function ctxOptions(ctx) {
  const options = { stylize: ctx.stylize };
  for (const name of optionNames) options[name] = ctx[name];
  return options;
}

// With showHidden, instances of user classes also list the accessors and
// fields their prototypes (up to three levels) define. Methods are left out.
function addPrototypeProperties(ctx, main, proto, recurseTimes, output) {
  const listed = new Set();
  let obj = proto;
  for (let level = 0; level < 3; level++) {
    if (level !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      const desc = getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          builtInObjects.has(desc.value.name)) {
        return;
      }
    }
    const keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || listed.has(key)) continue;
      const desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const entry = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      // Inherited entries are shown faint.
      output.push(ctx.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
    }
    ctx.seen.pop();
    for (const key of keys) listed.add(key);
  }
}

// "Foo ", "Foo(3) ", "Foo [tag] ", "[Foo: null prototype] ": what comes
// before the braces of an object.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && !nameShowsTag(constructor, tag)) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// Node 22 leaves the tag out when the constructor's name already contains
// it as a word of its camel case: "MyMap" and "MapStore" say "Map", but
// "Mapping" or "Map2" do not.
function nameShowsTag(constructor, tag) {
  const at = constructor.indexOf(tag);
  if (at === -1) return false;
  const next = constructor[at + tag.length];
  return next === undefined || next !== next.toLowerCase();
}

// Own keys to print: enumerable ones, or all with showHidden; symbols last.
function getKeys(value, showHidden) {
  const symbols = getOwnPropertySymbols(value);
  if (showHidden) {
    const keys = getOwnPropertyNames(value);
    if (isSloppyFunction(value)) addLegacyFunctionKeys(keys);
    return symbols.length === 0 ? keys : keys.concat(symbols);
  }
  let keys;
  try {
    keys = objectKeys(value);
  } catch (err) {
    // Listing the enumerable keys of a module namespace reads every binding,
    // and throws for one not initialized yet. All its keys are enumerable.
    if (!(err instanceof ReferenceError && types.isModuleNamespaceObject(value))) throw err;
    keys = getOwnPropertyNames(value);
  }
  for (let i = 0; i < symbols.length; i++) {
    if (isEnumerable(value, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

// V8 gives non-strict ordinary functions own `arguments` and `caller`
// properties (null outside a call), which Node lists with showHidden. This
// engine keeps them on Function.prototype, whose accessor answers only for
// non-strict functions and throws for every other kind.
const legacyCallerGetter = getOwnPropertyDescriptor(Function.prototype, 'caller')?.get;
function isSloppyFunction(value) {
  if (typeof value !== 'function' || typeof legacyCallerGetter !== 'function') return false;
  if (hasOwn(value, 'arguments') || hasOwn(value, 'caller')) return false;
  try {
    legacyCallerGetter.call(value);
    return true;
  } catch {
    return false;
  }
}

const legacyFunctionKeys = new Set(['arguments', 'caller']);

// Where V8 has them: after `name`, before `prototype`.
function addLegacyFunctionKeys(keys) {
  let at = keys.indexOf('name') + 1;
  if (at === 0) at = keys.length;
  keys.splice(at, 0, 'arguments', 'caller');
}

function isArrayIndexKey(key) {
  return /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

// Like getKeys, without the array indices (printed as elements instead).
function getNonIndexKeys(value, showHidden) {
  const names = showHidden ? getOwnPropertyNames(value) : objectKeys(value);
  // Own keys list the array indices first, in ascending order: the other
  // keys are the tail after the last index, found without testing every
  // index of a big array.
  let start = names.length;
  while (start > 0 && !isArrayIndexKey(names[start - 1])) start--;
  const keys = names.slice(start);
  for (const symbol of getOwnPropertySymbols(value)) {
    if (showHidden || isEnumerable(value, symbol)) keys.push(symbol);
  }
  return keys;
}

// Symbol.toStringTag, if it adds something: it is ignored when it is an own
// property, which is printed with the other properties anyway.
function getDisplayedTag(ctx, value) {
  const tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string') return '';
  if (tag !== '' &&
      (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) :
        isEnumerable(value, Symbol.toStringTag))) {
    return '';
  }
  return tag;
}

// ---- objects ---------------------------------------------------------------

// Formats an object that is neither circular nor custom-inspected. First
// works out how the object is presented (prefix, braces, where its entries
// come from), then formats the entries and lays them out.
function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const tag = getDisplayedTag(ctx, value);

  const shape = describeObject(ctx, value, recurseTimes, constructor, tag, protoProps, typedArray);
  // Some objects (empty ones, functions without properties, ...) are done.
  if (typeof shape === 'string') return shape;
  const { keys, braces, formatter, extrasType, kindName } = shape;
  let { base } = shape;

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    return ctx.stylize(depthLabel(constructor, tag, kindName), 'special');
  }

  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) sortEntries(ctx, output, keys.length, extrasType);

  const result = reduceToSingleString(
    ctx, output, base, braces, extrasType, recurseTimes, value);
  // Keep an eye on the total size: past 128 MiB per indentation level, stop
  // descending, rather than running out of memory.
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
  ctx.budget[ctx.indentationLvl] = budget;
  if (budget > 2 ** 27) ctx.depth = -1;
  return result;
}

function isStackOverflow(err) {
  return err !== null && typeof err === 'object' &&
    (err instanceof RangeError || (err.name === 'InternalError')) &&
    /call stack|stack overflow|too much recursion/i.test(String(err.message));
}

// `sorted` orders the "key: value" entries; for arrays only the extra keys.
function sortEntries(ctx, output, keyCount, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === kObjectType) {
    output.sort(comparator);
  } else if (keyCount > 1) {
    const start = output.length - keyCount;
    const sortedKeys = output.slice(start).sort(comparator);
    output.splice(start, keyCount, ...sortedKeys);
  }
}

// Returns a finished string, or a description of how to print `value`:
//   braces     [open, close]; open includes any prefix ("Map(2) {")
//   base       text before the braces ("[Function: f]", an error's stack)
//   keys       property keys printed after the formatter's entries
//   formatter  (ctx, value, recurseTimes) => array of entry strings
//   extrasType kObjectType, or kArrayExtrasType for array-likes
//   kindName   the kind named for objects without prototype ("Array" in
//              "[Array: null prototype]")
function describeObject(ctx, value, recurseTimes, constructor, tag, protoProps, typedArray) {
  const noProto = protoProps === undefined;
  // Which built-in (Map, Date, boxed Number, ...) the object is, if any.
  const kind = types.builtinKind(value);
  const shape = {
    keys: undefined,
    braces: ['{', '}'],
    base: '',
    formatter: formatNothing,
    extrasType: kObjectType,
    kindName: 'Object',
  };

  // Objects with contents of their own: arrays, sets, maps, typed arrays.
  if (Symbol.iterator in value || constructor === null) {
    const special = describeIterable(ctx, value, kind, constructor, tag, noProto, shape);
    if (special !== undefined) return special;
  }

  const keys = getKeys(value, ctx.showHidden);
  shape.keys = keys;
  const noKeys = keys.length === 0 && noProto;

  if (typeof value === 'function') {
    shape.base = getFunctionBase(value, constructor, tag);
    if (noKeys) return ctx.stylize(shape.base, 'special');
  } else if (constructor === 'Object') {
    if (types.isArgumentsObject(value)) {
      shape.braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (noKeys) return `${shape.braces[0]}}`;
  } else if (kind === 'RegExp') {
    const source = RegExp.prototype.toString.call(
      constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    shape.base = prefix !== 'RegExp ' ? prefix + source : source;
    if (noKeys || (ctx.depth !== null && recurseTimes > ctx.depth)) {
      return ctx.stylize(shape.base, 'regexp');
    }
  } else if (kind === 'Date') {
    const time = Date.prototype.getTime.call(value);
    const text = Number.isNaN(time) ? Date.prototype.toString.call(value) :
      Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    shape.base = prefix !== 'Date ' ? prefix + text : text;
    if (noKeys) return ctx.stylize(shape.base, 'date');
  } else if (isError(value)) {
    shape.base = formatError(value, constructor, tag, ctx, keys);
    if (keys.length === 0 && noProto) return shape.base;
  } else if (kind === 'ArrayBuffer' || kind === 'SharedArrayBuffer') {
    const prefix = getPrefix(constructor, tag, kind);
    if (typedArray === undefined) {
      shape.formatter = formatArrayBuffer;
    } else if (noKeys) {
      // The buffer behind a typed array: its bytes are already shown.
      return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    shape.braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (kind === 'DataView') {
    shape.braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    // `buffer` is last: unlike the others it is not a number.
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (kind === 'Promise') {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    shape.formatter = formatPromise;
  } else if (kind === 'WeakSet') {
    shape.braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    shape.formatter = formatWeakCollection;
  } else if (kind === 'WeakMap') {
    shape.braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    shape.formatter = formatWeakCollection;
  } else if (types.isModuleNamespaceObject(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    shape.formatter = (ctx2, ns, depth) => formatNamespaceObject(keys, ctx2, ns, depth);
    shape.keys = [];
  } else if (boxedKinds.has(kind)) {
    shape.base = getBoxedBase(value, kind, ctx, keys, constructor, tag);
    if (keys.length === 0 && noProto) return shape.base;
  } else if (looksLikeURL(value) && !(ctx.depth !== null && recurseTimes > ctx.depth)) {
    // A WHATWG URL (seen here when its custom inspect is off) shows its href.
    shape.base = value.href;
    if (keys.length === 0 && noProto) return shape.base;
  } else {
    // Without a prototype, the engine's name for the object stands in for
    // the constructor, unless it merely repeats the tag shown anyway.
    let fallback = 'Object';
    if (constructor === null) {
      fallback = intrinsicClassName(value);
      if (fallback === tag) fallback = 'Object';
      shape.kindName = fallback;
    }
    if (noKeys) return `${getPrefix(constructor, tag, fallback)}{}`;
    shape.braces[0] = `${getPrefix(constructor, tag, fallback)}{`;
  }
  return shape;
}

// Node's test for URL objects: an href and protocol, and none of the
// legacy url.parse() fields.
function looksLikeURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// What replaces an object nested deeper than `depth`: "[Foo]", or the bare
// prefix for objects without prototype.
function depthLabel(constructor, tag, fallback) {
  const name = getPrefix(constructor, tag, fallback).slice(0, -1);
  return constructor !== null ? `[${name}]` : name;
}

// Arrays, Sets, Maps and typed arrays. Returns a finished string, `shape`
// filled in, or undefined for objects that merely happen to be iterable.
function describeIterable(ctx, value, kind, constructor, tag, noProto, shape) {
  if (Array.isArray(value)) {
    // Plain arrays have no prefix; subclasses and others show "Foo(2) [".
    const prefix = constructor !== 'Array' || tag !== '' ?
      getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    const keys = getNonIndexKeys(value, ctx.showHidden);
    shape.braces = [`${prefix}[`, ']'];
    shape.keys = keys;
    if (value.length === 0 && keys.length === 0 && noProto) return `${shape.braces[0]}]`;
    shape.extrasType = kArrayExtrasType;
    shape.formatter = formatArray;
    shape.kindName = 'Array';
    return shape;
  }
  if (kind === 'Set') {
    const size = setSizeGetter.call(value);
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    shape.keys = getKeys(value, ctx.showHidden);
    shape.formatter = formatSet;
    if (size === 0 && shape.keys.length === 0 && noProto) return `${prefix}{}`;
    shape.braces = [`${prefix}{`, '}'];
    shape.kindName = 'Set';
    return shape;
  }
  if (kind === 'Map') {
    const size = mapSizeGetter.call(value);
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    shape.keys = getKeys(value, ctx.showHidden);
    shape.formatter = formatMap;
    if (size === 0 && shape.keys.length === 0 && noProto) return `${prefix}{}`;
    shape.braces = [`${prefix}{`, '}'];
    shape.kindName = 'Map';
    return shape;
  }
  const elementType = types.typedArrayKind(value);
  if (elementType !== undefined) {
    const keys = getNonIndexKeys(value, ctx.showHidden);
    const length = typedArrayLength(value);
    const fallback = constructor === null ? elementType : '';
    const prefix = getPrefix(constructor, tag, fallback, `(${length})`);
    shape.braces = [`${prefix}[`, ']'];
    shape.keys = keys;
    if (length === 0 && keys.length === 0 && !ctx.showHidden) return `${shape.braces[0]}]`;
    shape.formatter = formatTypedArray;
    shape.extrasType = kArrayExtrasType;
    shape.kindName = fallback;
    return shape;
  }
  return undefined;
}

// The built-in accessors, immune to overrides on the objects themselves.
const setSizeGetter = getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSizeGetter = getOwnPropertyDescriptor(Map.prototype, 'size').get;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayLengthGetter = getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const typedArrayBufferGetter = getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const typedArrayByteOffsetGetter =
  getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;

function typedArrayLength(value) {
  return typedArrayLengthGetter.call(value);
}

function isError(value) {
  return types.isNativeError(value) || safeInstanceOf(value, Error);
}

// ---- functions -------------------------------------------------------------------

// Whether a function is a class, judged from its source text, which starts
// with the `class` keyword for classes and only for them. sandnode's own
// modules are kept without source (runtime-guest/src/compile.rs): of their
// functions, only classes have a read-only `prototype`.
function isClassSource(fn) {
  let source;
  try {
    source = Function.prototype.toString.call(fn);
  } catch {
    return false;
  }
  if (/^class(?=[\s{/])/.test(source)) return true;
  return source.endsWith('[native code]\n}') && binding.isBytecodeFunction(fn) &&
    Object.getOwnPropertyDescriptor(fn, 'prototype')?.writable === false;
}

function getFunctionBase(value, constructor, tag) {
  if (isClassSource(value)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// ---- boxed primitives -------------------------------------------------------------

const boxedKinds = new Map([
  ['Number', Number.prototype.valueOf],
  ['String', String.prototype.valueOf],
  ['Boolean', Boolean.prototype.valueOf],
  ['BigInt', BigInt.prototype.valueOf],
  ['Symbol', Symbol.prototype.valueOf],
]);

// "[Number: 3]", "[String (MyString): 'abc']", ...
function getBoxedBase(value, type, ctx, keys, constructor, tag) {
  const primitive = boxedKinds.get(type).call(value);
  // A String's characters are own index properties: leave them out.
  if (type === 'String') keys.splice(0, primitive.length);
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---- errors --------------------------------------------------------------------

// The stack as text. V8 stacks start with "Name: message"; QuickJS stacks
// hold only the frames, so the header is added to make them read alike.
// The error's stack text. A stack that is not a string is shown inspected
// under the error's header; a throwing `stack` getter counts as no stack.
// Error.prototype.toString may throw (a hostile `name`): formatError
// catches that.
function getStackString(ctx, error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    stack = undefined;
  }
  if (!stack) return Error.prototype.toString.call(error);
  if (typeof stack !== 'string') {
    ctx.seen.push(error);
    ctx.indentationLvl += 4;
    // Node passes no depth here, which also keeps every level expanded.
    const shown = formatValue(ctx, stack, undefined);
    ctx.indentationLvl -= 4;
    ctx.seen.pop();
    return `${Error.prototype.toString.call(error)}\n    ${shown}`;
  }
  // A stack of frames only (no header line) gets the header in front.
  if (/^ {4}at /.test(stack)) {
    stack = `${Error.prototype.toString.call(error)}\n${stack.replace(/\n+$/, '')}`;
  }
  return stack;
}

// Reads err[key], telling a throwing getter apart.
function readErrorProperty(err, key) {
  try {
    return { ok: true, value: err[key] };
  } catch {
    return { ok: false, value: undefined };
  }
}

function removeKey(keys, key) {
  const index = keys.indexOf(key);
  if (index !== -1) keys.splice(index, 1);
}

// Without showHidden, `stack` is never listed, and `message` and `name` only
// when they are strings the stack does not already show.
function removeDuplicateErrorKeys(keys, stack, message, name) {
  removeKey(keys, 'stack');
  const shown = ({ ok, value }) => ok && (typeof value !== 'string' || stack.includes(value));
  if (shown(message)) removeKey(keys, 'message');
  if (shown(name)) removeKey(keys, 'name');
}

// V8 keeps an error's `stack` as an accessor installed at construction, so
// Node lists it first, as [Getter/Setter]. Ours becomes a data property once
// read; present it as V8's would be.
const stackAccessors = new WeakMap();
function showStackAsAccessor(err, keys) {
  const index = keys.indexOf('stack');
  if (index === -1) return;
  const desc = getOwnPropertyDescriptor(err, 'stack');
  if (desc === undefined || desc.enumerable || !('value' in desc)) return;
  keys.splice(index, 1);
  keys.unshift('stack');
  const value = desc.value;
  stackAccessors.set(err, { get: () => value, set() {}, enumerable: false, configurable: true });
}

// When the stack's first line does not say what class the error is (an
// instance of a subclass that kept the name "Error", an error without
// prototype), rewrite the header so that it does.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  // A name that is not a string gets the class added after it.
  if (typeof name !== 'string') {
    const shown = `${name}`;
    stack = stack.replace(shown, `${shown} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`);
    name = shown;
    len = undefined;
  }
  const looksRegular = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n');
  if (constructor !== null && !looksRegular) return stack;

  let fallback = 'Error';
  if (constructor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (start && start[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
  }
  return `${prefix} [${name}]${stack.slice(len)}`;
}

// Where two stacks share a run of more than three frames: {len, offset}.
function identicalSequenceRange(frames, causeFrames) {
  for (let i = 0; i < frames.length - 3; i++) {
    const pos = causeFrames.indexOf(frames[i]);
    if (pos === -1) continue;
    const rest = causeFrames.length - pos;
    if (rest <= 3) continue;
    let len = 1;
    const maxLen = Math.min(frames.length - i, rest);
    while (maxLen > len && frames[i + len] === causeFrames[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// The frame lines of an error; frames it shares with its cause are elided,
// as the cause is printed below with its own stack.
function getStackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    cause = undefined;
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      const causeFrames = causeStack.slice(causeStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// With colors, frames inside the runtime are dimmed; elsewhere package
// names in node_modules paths are underlined and the working directory
// (and the parentheses around the location) dimmed.
function colorStackFrame(ctx, line) {
  if (/^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.test(line)) {
    return ctx.stylize(line, 'undefined');
  }
  line = markNodeModules(ctx, line);
  const cwd = safeCwd();
  if (cwd === undefined) return line;
  const marked = markCwd(ctx, line, cwd);
  if (marked !== line) return marked;
  let cwdUrl;
  try {
    cwdUrl = require('url').pathToFileURL(cwd).href;
  } catch {
    return line;
  }
  return markCwd(ctx, line, cwdUrl);
}

function safeCwd() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

// Styles the package name after each `/node_modules/` path segment.
function markNodeModules(ctx, line) {
  let out = '';
  let last = 0;
  let from = 0;
  for (;;) {
    const at = line.indexOf('node_modules', from);
    if (at === -1) break;
    const before = line[at - 1];
    const after = line[at + 12];
    if ((before !== '/' && before !== '\\') || (after !== '/' && after !== '\\')) {
      from = at + 1;
      continue;
    }
    const start = at + 13;
    let end = line.indexOf(before, start);
    // Scoped packages (@scope/name) span two segments.
    if (line[start] === '@' && end !== -1) end = line.indexOf(before, end + 1);
    if (end === -1) break;
    out += line.slice(last, start) + ctx.stylize(line.slice(start, end), 'module');
    last = end;
    from = end;
  }
  return last === 0 ? line : out + line.slice(last);
}

// Dims the working directory in a frame's location, with the "(" before it
// and the ")" closing the location.
function markCwd(ctx, line, cwd) {
  let at = line.indexOf(cwd);
  if (at === -1) return line;
  let length = cwd.length;
  if (line.slice(at - 7, at) === 'file://') {
    length += 7;
    at -= 7;
  }
  const start = line[at - 1] === '(' ? at - 1 : at;
  const closes = start !== at && line.endsWith(')');
  const cwdEnd = at + length + 1;
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  out += line.slice(cwdEnd, closes ? -1 : line.length);
  if (closes) out += ctx.stylize(')', 'undefined');
  return out;
}

function formatError(err, constructor, tag, ctx, keys) {
  let stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    return Object.prototype.toString.call(err);
  }
  const messageRead = readErrorProperty(err, 'message');
  const nameRead = readErrorProperty(err, 'name');
  if (!ctx.showHidden) removeDuplicateErrorKeys(keys, stack, messageRead, nameRead);
  if (ctx.showHidden) showStackAsAccessor(err, keys);
  const name = nameRead.value ?? 'Error';
  const message = messageRead.value;

  // Own `cause` and AggregateError's own `errors` are shown even though
  // they are not enumerable.
  if (hasOwn(err, 'cause') && !keys.includes('cause')) keys.push('cause');
  const errorsRead = readErrorProperty(err, 'errors');
  if (Array.isArray(errorsRead.value) && hasOwn(err, 'errors') && !keys.includes('errors')) keys.push('errors');

  stack = improveStack(stack, constructor, name, tag);

  // Search for the frames after the message, which may contain "\n    at".
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    // No frames: bracket the header so that it reads as one value.
    stack = `[${stack}]`;
  } else {
    const frames = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    let result = stack.slice(0, stackStart);
    for (const line of frames) {
      result += `\n${ctx.colors ? colorStackFrame(ctx, line) : line}`;
    }
    stack = result;
  }

  // Nested errors are indented as a whole.
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---- entries of the different kinds of objects ------------------------------------

function formatNothing() {
  return [];
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function emptyItemsText(count) {
  return `<${count} empty item${count > 1 ? 's' : ''}>`;
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (length > shown) output.push(remainingText(length - shown));
  return output;
}

// Continues formatArray from the first hole at `index`. Runs of holes take
// one entry each ("<3 empty items>"); `limit` caps the number of entries.
function formatSparseArray(ctx, value, recurseTimes, limit, output, index) {
  // Object.keys lists indices in ascending order, before other keys. The
  // first `index` of them are exactly 0 .. index - 1.
  const keys = objectKeys(value);
  let expected = index;
  for (let i = index; i < keys.length && output.length < limit; i++) {
    const key = keys[i];
    const position = +key;
    if (position > 2 ** 32 - 2) break;
    if (`${expected}` !== key) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(key)) break;
      output.push(ctx.stylize(emptyItemsText(position - expected), 'undefined'));
      expected = position;
      if (output.length === limit) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    expected++;
  }
  const remaining = value.length - expected;
  if (output.length !== limit) {
    if (remaining > 0) output.push(ctx.stylize(emptyItemsText(remaining), 'undefined'));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = typedArrayLength(value);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  // Read through a plain typed array of the same kind, in case the object
  // has lost its prototype or overrides its indices' accessors.
  const kind = types.typedArrayKind(value);
  const view = new globalThis[kind](
    typedArrayBufferGetter.call(value), typedArrayByteOffsetGetter.call(value), length);
  // Like Node, pick the formatter from what the object claims to hold (or,
  // without prototype and so without `length`, what the copy holds).
  const probe = getPrototypeOf(value) === null ? view : value;
  const numbers = probe.length > 0 && typeof probe[0] === 'number';
  for (let i = 0; i < shown; i++) {
    output.push(numbers ?
      formatNumber(ctx.stylize, view[i], ctx.numericSeparator) :
      formatBigInt(ctx.stylize, view[i], ctx.numericSeparator));
  }
  if (length > shown) output.push(remainingText(length - shown));
  if (ctx.showHidden) {
    // The accessors of the view, shown as hidden properties.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, view[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    hex += `${i === 0 ? '' : ' '}${bytes[i].toString(16).padStart(2, '0')}`;
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const size = setSizeGetter.call(value);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of Set.prototype.values.call(value)) {
    if (i >= shown) break;
    output.push(formatValue(ctx, entry, recurseTimes));
    i++;
  }
  if (size > shown) output.push(remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = mapSizeGetter.call(value);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i >= shown) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (size > shown) output.push(remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

// Promise states as reported by the host.
const kPending = 0;
const kRejected = 2;

function formatPromise(ctx, value, recurseTimes) {
  const details = types.promiseDetails(value);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  const [state, result] = details;
  if (state === kPending) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// The entries of weak collections cannot be listed from JavaScript.
function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// Bindings of a module namespace that are not initialized yet throw when
// read.
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = [];
  for (const key of keys) {
    try {
      output.push(formatProperty(ctx, value, recurseTimes, key, kObjectType));
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      const desc = { value: undefined, enumerable: true };
      const entry = formatProperty(ctx, { [key]: undefined }, recurseTimes, key, kObjectType, desc);
      const colon = entry.indexOf(':');
      output.push(`${entry.slice(0, colon + 1)} ${ctx.stylize('<uninitialized>', 'special')}`);
    }
  }
  return output;
}

// ---- properties -----------------------------------------------------------------

// Letters, digits and "_" need no quotes as a key.
const plainKeyPattern = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

// Formats one property as "key: value" (or just the value for array
// elements). `receiver` is the object getters are called on.
const kViewGetterKeys = new Set(['byteLength', 'byteOffset', 'buffer']);

function formatProperty(ctx, value, recurseTimes, key, type, desc, receiver = value) {
  let str;
  let separator = ' ';
  // Keys read through a buffer or view's prototype getters print in
  // brackets in Node 22 (`[byteLength]: 4`).
  if (key === 'stack' && stackAccessors.has(value)) desc = stackAccessors.get(value);
  if (legacyFunctionKeys.has(key) && typeof value === 'function' && !hasOwn(value, key)) {
    desc = { value: null, enumerable: false };
  }
  desc = desc || getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: !kViewGetterKeys.has(key), viewGetter: kViewGetterKeys.has(key) };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    // In compact mode a value too wide for the line starts on the next line.
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, receiver, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatKey(ctx, key, desc)}:${separator}${str}`;
}

function formatKey(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(escapeText(key.toString(), true), 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  // Node styles these (a buffer's or view's byteLength, ...) as strings.
  if (desc.viewGetter) return ctx.stylize(`[${key}]`, 'string');
  if (desc.enumerable === false) return `[${escapeText(String(key), true)}]`;
  if (plainKeyPattern.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(quoteString(String(key)), 'string');
}

// "[Getter]", or with the `getters` option the value the getter returns.
function formatAccessor(ctx, desc, receiver, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, 'special');
  try {
    const result = desc.get.call(receiver);
    ctx.indentationLvl += 2;
    let str;
    if (result === null) {
      str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof result === 'object') {
      str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
    } else {
      const primitive = formatPrimitive(s, result, ctx);
      str = `${s(`[${label}:`, 'special')} ${primitive}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    const message = `<Inspection threw (${err.message})>`;
    return `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
  }
}

// ---- layout -----------------------------------------------------------------------

// Whether entries, joined with ", " after `start` columns, fit in breakLength.
function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // A base spanning several lines (an error's stack) never shares a line.
  return base === '' || !base.includes('\n');
}

// Puts many short array entries into aligned columns, one row per output
// entry. The number of columns aims at a roughly square block, allowing for
// characters being about 2.5 times as high as wide, and is capped by the
// line width, by `compact` and at 15. Numbers are right-aligned.
function groupArrayElements(ctx, output, value) {
  const separatorSpace = 2; // ", "
  let totalLength = 0;
  let maxLength = 0;
  // A trailing "... more items" entry is not part of the columns.
  const outputLength = ctx.maxArrayLength < output.length ? output.length - 1 : output.length;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only group when three columns fit, and entries are short or of similar
  // lengths (otherwise the gaps after short entries get huge).
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) {
    return output;
  }
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidths = [];
  for (let column = 0; column < columns; column++) {
    let width = 0;
    for (let j = column; j < output.length; j += columns) {
      if (dataLen[j] > width) width = dataLen[j];
    }
    columnWidths.push(width + separatorSpace);
  }

  let alignRight = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        alignRight = false;
        break;
      }
    }
  }

  const rows = [];
  for (let i = 0; i < outputLength; i += columns) {
    const end = Math.min(i + columns, outputLength);
    let row = '';
    let j = i;
    for (; j < end - 1; j++) {
      // Padding counts columns; colors add invisible characters.
      const padding = columnWidths[j - i] + output[j].length - dataLen[j];
      row += alignRight ? `${output[j]}, `.padStart(padding, ' ') :
        `${output[j]}, `.padEnd(padding, ' ');
    }
    if (alignRight) {
      const padding = columnWidths[j - i] + output[j].length - dataLen[j] - separatorSpace;
      row += output[j].padStart(padding, ' ');
    } else {
      row += output[j];
    }
    rows.push(row);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
  return rows;
}

// Joins the entries of an object into its final text: on one line when it
// is short and not too deeply nested, otherwise one entry per line.
function formatProxy(ctx, [target, handler], recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const output = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, output, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Up to `compact` innermost levels may share a line, if they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true puts as much as fits on each line, old style.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const lineStart = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${lineStart}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---- format ---------------------------------------------------------------------

// Whether `%s` should inspect the object rather than call its toString: yes
// unless the object or a user-defined class on its prototype chain provides
// its own toString.
function hasBuiltInToString(value) {
  let toString;
  try {
    // A Symbol.toPrimitive method (own or inherited) means the object knows
    // how to become a string, so %s uses it rather than inspecting.
    if (typeof value[Symbol.toPrimitive] === 'function') return false;
    toString = value.toString;
  } catch {
    return true;
  }
  if (typeof toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  // Find the prototype that defines toString and check whose it is.
  let holder = value;
  do {
    holder = getPrototypeOf(holder);
  } while (holder !== null && !hasOwn(holder, 'toString'));
  if (holder === null) return true;
  const desc = getOwnPropertyDescriptor(holder, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    builtInObjects.has(desc.value.name);
}

function tryStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    // Circular structures are common enough to get a friendly answer.
    if (err instanceof TypeError && /circular/i.test(String(err.message))) {
      return '[Circular]';
    }
    throw err;
  }
}

// The text for one "%x" directive, or undefined if `spec` is not one (and
// the "%x" is kept as is without using an argument).
function formatDirective(spec, arg, inspectOptions) {
  const numericSeparator = inspectOptions !== undefined && inspectOptions.numericSeparator;
  switch (spec) {
    case 's':
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, numericSeparator);
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, numericSeparator);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
        return String(arg);
      }
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 'j':
      return `${tryStringify(arg)}`;
    case 'd':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, numericSeparator);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), numericSeparator);
    case 'O':
      return inspect(arg, inspectOptions);
    case 'o':
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 'i':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, numericSeparator);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), numericSeparator);
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), numericSeparator);
    case 'c':
      // CSS is for browsers' consoles; the argument is consumed silently.
      return '';
    default:
      return undefined;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let result = '';
  let next = 0; // index of the first argument not used yet
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    next = 1;
    let copied = 0; // `first` has been copied to `result` up to here
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const spec = first[i + 1];
      if (spec === '%') {
        // "%%" is a literal "%".
        result += first.slice(copied, i + 1);
        copied = i + 2;
      } else if (next < args.length) {
        const text = formatDirective(spec, args[next], inspectOptions);
        if (text !== undefined) {
          result += first.slice(copied, i) + text;
          copied = i + 2;
          next++;
        }
      }
      i++;
    }
    result += first.slice(copied);
  }
  // Arguments left over are appended, separated by spaces: strings as they
  // are, anything else inspected.
  for (; next < args.length; next++) {
    const arg = args[next];
    if (next > 0) result += ' ';
    result += typeof arg === 'string' ? arg : inspect(arg, inspectOptions);
  }
  return result;
}

/** util.format(format[, ...args]) */
function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

/** util.formatWithOptions(inspectOptions, format[, ...args]) */
function formatWithOptions(inspectOptions, ...args) {
  if (typeof inspectOptions !== 'object' || inspectOptions === null) {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
};
