// Deep equality as Node 22 defines it for assert.deepStrictEqual and
// util.isDeepStrictEqual (strict), assert.deepEqual (loose, with `==`
// between primitives) and assert.partialDeepStrictEqual (partial: the
// expected value only needs to be contained in the actual one).
'use strict';

const types = require('internal/util/types');

const STRICT = 1;
const LOOSE = 0;
const PARTIAL = 2;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const tagOf = (v) => Object.prototype.toString.call(v);
const isObjectLike = (v) => typeof v === 'object' && v !== null;
const isError = (v) => types.isNativeError(v) || v instanceof Error;
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

// Built-in constructors: objects made by them are compared by constructor,
// others by prototype (so a class instance never equals a plain object).
let wellKnown;
function wellKnownConstructors() {
  if (wellKnown === undefined) {
    wellKnown = new Set([Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean, DataView,
      Date, Error, Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map, Number,
      Object, Promise, RegExp, Set, String, Symbol, Uint16Array, Uint32Array, Uint8Array,
      Uint8ClampedArray, WeakMap, WeakSet]);
    if (typeof globalThis.Float16Array === 'function') wellKnown.add(globalThis.Float16Array);
    wellKnown.add(require('buffer').Buffer);
  }
  return wellKnown;
}

function isArrayIndex(key) {
  return typeof key === 'string' && /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

// Own enumerable keys that are not indices (and, unless loose, enumerable symbols).
function nonIndexKeys(obj, mode) {
  const keys = Object.keys(obj).filter((k) => !isArrayIndex(k));
  if (mode !== LOOSE) {
    for (const sym of Object.getOwnPropertySymbols(obj)) {
      if (isEnumerable(obj, sym)) keys.push(sym);
    }
  }
  return keys;
}

// Duck-typed WHATWG URL (the legacy url.parse result has `auth`/`path`).
function isURL(v) {
  return Boolean(v?.href && v.protocol && v.auth === undefined && v.path === undefined);
}

const bytesOf = (view) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

function sameBytes(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// Is `sub` a subsequence of `whole` (same order, gaps allowed)?
function isSubsequence(whole, sub) {
  if (whole.length < sub.length) return false;
  let w = 0;
  for (let s = 0; s < sub.length; s++) {
    while (!Object.is(whole[w], sub[s])) {
      w++;
      if (w > whole.length - sub.length + s) return false;
    }
    w++;
  }
  return true;
}

// Loose float arrays compare element values (0 == -0, NaN != NaN).
function sameFloatValues(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxedPrimitive(a, b) {
  const kinds = [
    [types.isNumberObject, Number.prototype.valueOf, Object.is],
    [types.isStringObject, String.prototype.valueOf],
    [types.isBooleanObject, Boolean.prototype.valueOf],
    [types.isBigIntObject, BigInt.prototype.valueOf],
    [types.isSymbolObject, Symbol.prototype.valueOf],
  ];
  for (const [is, valueOf, same = (x, y) => x === y] of kinds) {
    if (is(a)) return is(b) && same(valueOf.call(a), valueOf.call(b));
  }
  return false;
}

function deepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || mode === LOOSE;
  if (mode !== LOOSE) {
    // eslint-disable-next-line no-self-compare
    if (typeof a === 'number') return a !== a && b !== b;
    if (!isObjectLike(a) || !isObjectLike(b)) return false;
  } else {
    if (!isObjectLike(a)) {
      // eslint-disable-next-line eqeqeq, no-self-compare
      return !isObjectLike(b) && (a == b || (a !== a && b !== b));
    }
    if (!isObjectLike(b)) return false;
  }
  return compareObjects(a, b, mode, memos);
}

// Error fields that are not enumerable are still compared.
function errorFieldEqual(a, b, key, mode, memos) {
  if (isEnumerable(b, key)) return true; // compared with the other keys
  if (mode === PARTIAL && (b[key] === undefined || (key === 'message' && b[key] === ''))) return true;
  return deepEqual(a[key], b[key], mode, memos);
}

const ARRAY = 'array';
const SET = 'set';
const MAP = 'map';

function compareObjects(a, b, mode, memos) {
  if (mode === STRICT) {
    const ctor = a.constructor;
    if (wellKnownConstructors().has(ctor) || (ctor !== undefined && !hasOwn(a, 'constructor'))) {
      if (ctor !== b.constructor) return false;
    } else if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  }
  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || (a.length !== b.length && (mode !== PARTIAL || a.length < b.length))) return false;
    const keysB = nonIndexKeys(b, mode);
    if (mode !== PARTIAL && keysB.length !== nonIndexKeys(a, mode).length) return false;
    return compareKeys(a, b, mode, memos, ARRAY, keysB);
  }
  if (tag === '[object Object]') return compareKeys(a, b, mode, memos);

  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (ArrayBuffer.isView(a)) {
    const tagA = types.isTypedArray(a) ? typedArrayTag.call(a) : undefined;
    const tagB = types.isTypedArray(b) ? typedArrayTag.call(b) : undefined;
    if (tagA !== tagB) return false;
    if (mode === PARTIAL && a.byteLength !== b.byteLength) {
      if (!isSubsequence(bytesOf(a), bytesOf(b))) return false;
    } else if (mode === LOOSE && /^Float(?:16|32|64)Array$/.test(tagA)) {
      if (!sameFloatValues(a, b)) return false;
    } else if (!ArrayBuffer.isView(b) || !sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysB = nonIndexKeys(b, mode);
    if (mode !== PARTIAL && keysB.length !== nonIndexKeys(a, mode).length) return false;
    return compareKeys(a, b, mode, memos, undefined, keysB);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || (a.size !== b.size && (mode !== PARTIAL || a.size < b.size))) return false;
    return compareKeys(a, b, mode, memos, SET);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || (a.size !== b.size && (mode !== PARTIAL || a.size < b.size))) return false;
    return compareKeys(a, b, mode, memos, MAP);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b)) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    if (mode !== PARTIAL || a.byteLength === b.byteLength) {
      if (!sameBytes(x, y)) return false;
    } else if (!isSubsequence(x, y)) {
      return false;
    }
  } else if (isError(a)) {
    if (!isError(b) ||
        !errorFieldEqual(a, b, 'message', mode, memos) ||
        !errorFieldEqual(a, b, 'name', mode, memos) ||
        !errorFieldEqual(a, b, 'cause', mode, memos) ||
        !errorFieldEqual(a, b, 'errors', mode, memos)) {
      return false;
    }
    const causeB = hasOwn(b, 'cause');
    if (causeB !== hasOwn(a, 'cause') && (mode !== PARTIAL || causeB)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (Array.isArray(b) || ArrayBuffer.isView(b) || types.isSet(b) || types.isMap(b) ||
             types.isDate(b) || types.isRegExp(b) || types.isAnyArrayBuffer(b) ||
             types.isBoxedPrimitive(b) || isError(b)) {
    return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a)) {
    // Their contents cannot be seen: only the same object is equal.
    return false;
  }
  return compareKeys(a, b, mode, memos);
}

// The own enumerable keys of both sides agree; then their values (and the
// entries of arrays, sets and maps) are compared.
function compareKeys(a, b, mode, memos, kind, keysB) {
  let keysA;
  if (keysB === undefined) {
    keysB = Object.keys(b);
    if (mode === PARTIAL) {
      for (const sym of Object.getOwnPropertySymbols(b)) {
        if (!isEnumerable(b, sym)) continue;
        if (!isEnumerable(a, sym)) return false;
        keysB.push(sym);
      }
    } else {
      keysA = Object.keys(a);
      if (keysA.length !== keysB.length) return false;
      if (mode === STRICT && !sameEnumerableSymbols(a, b, keysB)) return false;
    }
  }
  if (keysB.length === 0 &&
      (kind === undefined || (kind === ARRAY && b.length === 0) || (kind !== ARRAY && b.size === 0))) {
    return true;
  }
  // Cycles: a pair whose objects are both already being compared further
  // up is taken as equal.
  if (memos === undefined) memos = new Set();
  const newA = !memos.has(a);
  const newB = !memos.has(b);
  if (!newA && !newB) return true;
  memos.add(a);
  memos.add(b);
  const result = compareEntries(a, b, mode, keysA, keysB, memos, kind);
  if (newA) memos.delete(a);
  if (newB) memos.delete(b);
  return result;
}

// Strict mode: the enumerable symbol keys of both sides are the same (they
// are appended to `keysB` for the value comparison).
function sameEnumerableSymbols(a, b, keysB) {
  const symsA = Object.getOwnPropertySymbols(a);
  const symsB = Object.getOwnPropertySymbols(b);
  let count = 0;
  for (const sym of symsA) {
    if (isEnumerable(a, sym)) {
      if (!isEnumerable(b, sym)) return false;
      keysB.push(sym);
      count++;
    } else if (isEnumerable(b, sym)) {
      return false;
    }
  }
  if (symsA.length === 0) return symsB.every((s) => !isEnumerable(b, s));
  return symsA.length === symsB.length || symsB.filter((s) => isEnumerable(b, s)).length === count;
}

function compareEntries(a, b, mode, keysA, keysB, memos, kind) {
  let i = 0;
  // Keys in the same order are compared directly ...
  if (keysA !== undefined) {
    for (; i < keysB.length && keysA[i] === keysB[i]; i++) {
      if (!deepEqual(a[keysB[i]], b[keysB[i]], mode, memos)) return false;
    }
  }
  // ... the rest must be enumerable own keys of `a` too.
  for (; i < keysB.length; i++) {
    const key = keysB[i];
    const desc = Object.getOwnPropertyDescriptor(a, key);
    if (!desc?.enumerable) return false;
    if (!deepEqual(desc.value !== undefined ? desc.value : a[key], b[key], mode, memos)) return false;
  }
  if (kind === ARRAY) return mode === PARTIAL ? partialArrayEqual(a, b, mode, memos) : arrayItemsEqual(a, b, mode, memos);
  if (kind === SET) return setEqual(a, b, mode, memos);
  if (kind === MAP) return mapEqual(a, b, mode, memos);
  return true;
}

function arrayItemsEqual(a, b, mode, memos) {
  for (let i = 0; i < a.length; i++) {
    if (b[i] === undefined) {
      // A hole in `b`: from here on the two must have the same keys.
      if (!hasOwn(b, i)) return sparseEqual(a, b, mode, memos, i);
      if (a[i] !== undefined || !hasOwn(a, i)) return false;
    } else if (a[i] === undefined || !deepEqual(a[i], b[i], mode, memos)) {
      return false;
    }
  }
  return true;
}

function sparseEqual(a, b, mode, memos, from) {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = from; i < keysB.length; i++) {
    const key = keysB[i];
    if ((a[key] === undefined && !hasOwn(a, key)) || !deepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

// Partial arrays: the items of `b` appear in `a` in the same order.
function partialArrayEqual(a, b, mode, memos) {
  let ai = 0;
  const isHole = (arr, i) => arr[i] === undefined && !hasOwn(arr, i);
  for (let bi = 0; bi < b.length; bi++) {
    if (isHole(b, bi)) return partialSparseEqual(a, b, mode, memos, ai, bi);
    while (!isHole(a, ai) && !deepEqual(a[ai], b[bi], mode, memos)) {
      ai++;
      if (ai > a.length - b.length + bi) return false;
    }
    if (isHole(a, ai)) return partialSparseEqual(a, b, mode, memos, ai, bi);
    ai++;
  }
  return true;
}

function partialSparseEqual(a, b, mode, memos, fromA, fromB) {
  const keysA = Object.keys(a).slice(fromA);
  const keysB = Object.keys(b).slice(fromB);
  if (keysA.length < keysB.length) return false;
  let ai = 0;
  for (let bi = 0; bi < keysB.length; bi++) {
    while (!deepEqual(a[keysA[ai]], b[keysB[bi]], mode, memos)) {
      ai++;
      if (ai > keysA.length - keysB.length + bi) return false;
    }
    ai++;
  }
  return true;
}

// Loose mode: could `prim` (in `b`, not in `a`) equal some other primitive
// of `a`? true/false when known, else the one value it could equal.
function loosePartner(prim) {
  switch (typeof prim) {
    case 'undefined':
      return { value: null };
    case 'object': // null
      return { value: undefined };
    case 'symbol':
      return false;
    case 'string':
      // eslint-disable-next-line no-self-compare
      return +prim === +prim;
    case 'number':
      // eslint-disable-next-line no-self-compare
      return prim === prim;
    default:
      return true;
  }
}

// Takes out of `pending` the first entry `matches` accepts.
function takeMatch(pending, matches) {
  const i = pending.findIndex(matches);
  if (i === -1) return false;
  pending.splice(i, 1);
  return true;
}

function setEqual(a, b, mode, memos) {
  // Values of `b` that `a` does not hold: each needs a deep-equal partner.
  const pending = [];
  for (const v of b) {
    if (a.has(v)) continue;
    if (!isObjectLike(v)) {
      if (mode !== LOOSE) return false;
      const partner = loosePartner(v);
      if (partner === false) return false;
      if (partner !== true && (b.has(partner.value) || !a.has(partner.value))) return false;
    }
    pending.push(v);
  }
  if (pending.length === 0) return true;
  for (const v of a) {
    if (b.has(v)) continue;
    if (mode === STRICT && !isObjectLike(v)) return false;
    const found = takeMatch(pending, (w) => deepEqual(v, w, mode, memos));
    if (!found && mode !== PARTIAL) return false;
    if (pending.length === 0) return true;
  }
  return pending.length === 0;
}

function mapEqual(a, b, mode, memos) {
  const pending = [];
  for (const [k, v] of b) {
    if (!isObjectLike(k)) {
      if (a.has(k) && deepEqual(a.get(k), v, mode, memos)) continue;
      if (mode !== LOOSE) return false;
      const partner = loosePartner(k);
      if (partner === false) return false;
      if (partner !== true) {
        const { value } = partner;
        if (!a.has(value) || b.has(value) || !deepEqual(a.get(value), v, LOOSE, memos)) return false;
      }
    }
    pending.push(k);
  }
  if (pending.length === 0) return true;
  for (const [k, v] of a) {
    if (!isObjectLike(k)) {
      if (mode === PARTIAL) continue;
      if (b.has(k) && (mode !== LOOSE || deepEqual(v, b.get(k), mode, memos))) continue;
      if (mode !== LOOSE) return false;
    }
    const found = takeMatch(pending, (k2) => deepEqual(k, k2, mode, memos) && deepEqual(v, b.get(k2), mode, memos));
    if (!found && mode !== PARTIAL) return false;
    if (pending.length === 0) return true;
  }
  return pending.length === 0;
}

module.exports = {
  isDeepEqual: (a, b) => deepEqual(a, b, LOOSE),
  isDeepStrictEqual: (a, b) => deepEqual(a, b, STRICT),
  isPartialStrictEqual: (a, b) => deepEqual(a, b, PARTIAL),
};
