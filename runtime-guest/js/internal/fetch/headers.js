// The Fetch standard's Headers: a case-insensitive list of name/value pairs,
// iterated sorted by name, with set-cookie values kept apart.
'use strict';

const kList = Symbol('headersList');
const kGuard = Symbol('headersGuard');

// RFC 9110 token characters for names; values must not hold NUL, CR or LF.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\0\r\n]/;

function normalizeValue(value) {
  return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(method, name) {
  if (!TOKEN.test(name)) {
    throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  }
}

function checkValue(method, value) {
  if (BAD_VALUE.test(value)) {
    throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
  }
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

class Headers {
  constructor(init = undefined) {
    // name (lower case) -> array of values, in insertion order.
    this[kList] = new Map();
    this[kGuard] = 'none';
    if (init === undefined || init === null) {
      if (init === null) {
        throw new TypeError("Headers constructor: Expected init to be an object or sequence, got null.");
      }
      return;
    }
    fillHeaders(this, init);
  }

  append(name, value) {
    name = String(name);
    value = normalizeValue(value);
    checkName('append', name);
    checkValue('append', value);
    checkMutable(this);
    const key = name.toLowerCase();
    const list = this[kList].get(key);
    if (list === undefined) this[kList].set(key, [value]);
    else list.push(value);
  }

  set(name, value) {
    name = String(name);
    value = normalizeValue(value);
    checkName('set', name);
    checkValue('set', value);
    checkMutable(this);
    this[kList].set(name.toLowerCase(), [value]);
  }

  delete(name) {
    name = String(name);
    checkName('delete', name);
    checkMutable(this);
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    name = String(name);
    checkName('get', name);
    const list = this[kList].get(name.toLowerCase());
    return list === undefined ? null : list.join(', ');
  }

  has(name) {
    name = String(name);
    checkName('has', name);
    return this[kList].has(name.toLowerCase());
  }

  getSetCookie() {
    return [...(this[kList].get('set-cookie') || [])];
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  * entries() {
    for (const entry of sortedEntries(this)) yield entry;
  }

  * keys() {
    for (const [name] of sortedEntries(this)) yield name;
  }

  * values() {
    for (const [, value] of sortedEntries(this)) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }
}

// Sorted by name; each set-cookie value is its own entry.
function sortedEntries(headers) {
  const names = [...headers[kList].keys()].sort();
  const out = [];
  for (const name of names) {
    const list = headers[kList].get(name);
    if (name === 'set-cookie') {
      for (const v of list) out.push([name, v]);
    } else {
      out.push([name, list.join(', ')]);
    }
  }
  return out;
}

function fillHeaders(headers, init) {
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError("Headers constructor: Expected init to be an object or sequence.");
  }
  if (init instanceof Headers) {
    for (const [name, list] of init[kList]) headers[kList].set(name, [...list]);
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const arr = typeof pair === 'string' ? null : [...pair];
      if (arr === null || arr.length !== 2) {
        const found = arr === null ? pair.length : arr.length;
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${found}.`);
      }
      headers.append(arr[0], arr[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    if (typeof key === 'symbol') continue;
    headers.append(key, init[key]);
  }
}

// Internal helpers for Request/Response/fetch.
function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

// Adds without validation or guard (values that came off the wire).
function appendRaw(headers, name, value) {
  const key = name.toLowerCase();
  const list = headers[kList].get(key);
  if (list === undefined) headers[kList].set(key, [value]);
  else list.push(value);
}

// [name, value] pairs as they will be sent (set-cookie values separate).
function wireEntries(headers) {
  const out = [];
  for (const [name, list] of headers[kList]) {
    if (name === 'set-cookie') for (const v of list) out.push([name, v]);
    else out.push([name, list.join(', ')]);
  }
  return out;
}

function cloneHeaders(headers) {
  const copy = new Headers();
  for (const [name, list] of headers[kList]) copy[kList].set(name, [...list]);
  return copy;
}

module.exports = { Headers, setGuard, appendRaw, wireEntries, cloneHeaders };
