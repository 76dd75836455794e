// Deep equality as Node's assert.deepStrictEqual / util.isDeepStrictEqual
// (strict) and assert.deepEqual (loose) define it.
'use strict';

const types = require('internal/util/types');

const hasOwn = Object.prototype.hasOwnProperty;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const toStr = (v) => Object.prototype.toString.call(v);

function ownEnumerableKeys(obj, strict) {
  const keys = Object.keys(obj);
  if (!strict) return keys;
  for (const sym of Object.getOwnPropertySymbols(obj)) {
    if (propertyIsEnumerable.call(obj, sym)) keys.push(sym);
  }
  return keys;
}

function isDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  if (toStr(a) !== toStr(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (!(b instanceof Error) || a.message !== b.message || a.name !== b.name) return false;
    if ('cause' in a !== 'cause' in b || !isDeepEqual(a.cause, b.cause, strict, memos)) return false;
    if (a instanceof AggregateError && !isDeepEqual(a.errors, b.errors, strict, memos)) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b)) return false;
    if (!strict && (a instanceof Float32Array || a instanceof Float64Array)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else {
      const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    }
    // Extra own keys beyond the indices must match too.
    const ka = ownEnumerableKeys(a, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    const kb = ownEnumerableKeys(b, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, ka);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (types.isBoxedPrimitive(b)) {
    return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a)) {
    return false;
  }

  if (Array.isArray(a) && a.length !== b.length) return false;
  const keysA = ownEnumerableKeys(a, strict);
  const keysB = ownEnumerableKeys(b, strict);
  if (keysA.length !== keysB.length) return false;
  for (const k of keysA) {
    if (!propertyIsEnumerable.call(b, k)) return false;
  }

  // Cycles: a pair already being compared is assumed equal.
  if (memos === undefined) memos = { a: new Map(), b: new Map(), depth: 0 };
  const seenA = memos.a.get(a);
  if (seenA !== undefined) {
    const seenB = memos.b.get(b);
    if (seenB !== undefined) return seenA === seenB;
  }
  memos.depth++;
  memos.a.set(a, memos.depth);
  memos.b.set(b, memos.depth);
  const result = objEquiv(a, b, strict, keysA, memos);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function keyCheck(a, b, strict, memos, keys) {
  for (const k of keys) {
    if (!hasOwn.call(b, k) || !isDeepEqual(a[k], b[k], strict, memos)) return false;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos) {
  if (types.isSet(a)) {
    if (!types.isSet(b) || !setEquiv(a, b, strict, memos)) return false;
  } else if (types.isSet(b)) {
    return false;
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || !mapEquiv(a, b, strict, memos)) return false;
  } else if (types.isMap(b)) {
    return false;
  }
  if (Array.isArray(a)) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn.call(a, i) !== hasOwn.call(b, i)) return false;
      if (!isDeepEqual(a[i], b[i], strict, memos)) return false;
    }
    keys = keys.filter((k) => typeof k !== 'string' || !/^(0|[1-9]\d*)$/.test(k) || Number(k) >= a.length);
  }
  return keyCheck(a, b, strict, memos, keys);
}

function setEquiv(a, b, strict, memos) {
  if (a.size !== b.size) return false;
  const pending = [];
  for (const v of a) {
    if (v !== null && typeof v === 'object') {
      pending.push(v);
    } else if (!b.has(v)) {
      if (strict) return false;
      let found = false;
      for (const w of b) if (isDeepEqual(v, w, false, memos)) { found = true; break; }
      if (!found) return false;
    }
  }
  if (pending.length === 0) return true;
  const candidates = [...b].filter((w) => w !== null && typeof w === 'object');
  for (const v of pending) {
    const i = candidates.findIndex((w) => isDeepEqual(v, w, strict, memos));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function mapEquiv(a, b, strict, memos) {
  if (a.size !== b.size) return false;
  const pending = [];
  for (const [k, v] of a) {
    if (k !== null && typeof k === 'object') {
      pending.push([k, v]);
    } else if (!b.has(k) || !isDeepEqual(v, b.get(k), strict, memos)) {
      return false;
    }
  }
  if (pending.length === 0) return true;
  const candidates = [...b].filter(([k]) => k !== null && typeof k === 'object');
  for (const [k, v] of pending) {
    const i = candidates.findIndex(([k2, v2]) => isDeepEqual(k, k2, strict, memos) && isDeepEqual(v, v2, strict, memos));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

module.exports = {
  isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true),
  isDeepEqual: (a, b) => isDeepEqual(a, b, false),
};
