// WHATWG URL and URLSearchParams. Parsing and setters follow the URL
// Standard through the `url` crate (runtime-guest/src/url.rs); this class
// keeps the serialized URL and its components.
'use strict';

const { codes, fixStackName } = require('internal/errors');

const kComponents = Symbol('kComponents');
const kSearchParams = Symbol('kSearchParams');
const kUrl = Symbol('kUrl');
const kList = Symbol('kList');

const FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];

// Components of `input` (against `base`), or null if it is not a URL.
function parseURL(input, base) {
  return (base === undefined ? binding.urlParse(input) : binding.urlParse(input, base)) ?? null;
}

function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  fixStackName(err, 'TypeError [ERR_INVALID_URL]');
  return err;
}

// ---- application/x-www-form-urlencoded ------------------------------------

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function percentDecode(s) {
  if (!s.includes('%')) return s;
  const bytes = binding.utf8Encode(s);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 37 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = bytes[i];
    }
  }
  return binding.utf8Decode(out.subarray(0, n));
}

function parseForm(input) {
  const list = [];
  for (const piece of input.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : piece.slice(eq + 1);
    list.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
  }
  return list;
}

const HEX = Array.from({ length: 256 }, (_, i) => `%${i.toString(16).toUpperCase().padStart(2, '0')}`);

function serializeComponent(s) {
  let out = '';
  const bytes = binding.utf8Encode(toUSV(s));
  for (const b of bytes) {
    if ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ||
        b === 42 || b === 45 || b === 46 || b === 95) {
      out += String.fromCharCode(b);
    } else if (b === 32) {
      out += '+';
    } else {
      out += HEX[b];
    }
  }
  return out;
}

function toUSV(s) {
  return `${s}`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const entry = [...pair];
          if (entry.length !== 2) {
            const err = new TypeError('Each query pair must be an iterable [name, value] tuple');
            err.code = 'ERR_INVALID_TUPLE';
            throw err;
          }
          this[kList].push([toUSV(entry[0]), toUSV(entry[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          this[kList].push([toUSV(key), toUSV(init[key])]);
        }
      }
    } else {
      let s = toUSV(init);
      if (s.startsWith('?')) s = s.slice(1);
      this[kList] = parseForm(s);
    }
  }

  get size() {
    return this[kList].length;
  }

  _update() {
    const url = this[kUrl];
    if (url) url._setSearchFromParams(this.toString());
  }

  append(name, value) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
    this[kList].push([toUSV(name), toUSV(value)]);
    this._update();
  }

  delete(name, value) {
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    this[kList] = this[kList].filter(([k, v]) => k !== name || (value !== undefined && v !== toUSV(value)));
    this._update();
  }

  get(name) {
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const found = this[kList].find(([k]) => k === name);
    return found ? found[1] : null;
  }

  getAll(name) {
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return this[kList].filter(([k]) => k === name).map(([, v]) => v);
  }

  has(name, value) {
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return this[kList].some(([k, v]) => k === name && (value === undefined || v === toUSV(value)));
  }

  set(name, value) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const i = this[kList].findIndex(([k]) => k === name);
    if (i === -1) {
      this[kList].push([name, value]);
    } else {
      this[kList][i][1] = value;
      this[kList] = this[kList].filter(([k], j) => k !== name || j === i);
    }
    this._update();
  }

  sort() {
    // Stable sort by UTF-16 code units of the names.
    this[kList] = this[kList].map((e, i) => [e, i]).sort((a, b) => {
      if (a[0][0] < b[0][0]) return -1;
      if (a[0][0] > b[0][0]) return 1;
      return a[1] - b[1];
    }).map(([e]) => e);
    this._update();
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [k, v] = this[kList][i];
      callback.call(thisArg, v, k, this);
    }
  }

  *entries() {
    for (let i = 0; i < this[kList].length; i++) yield [...this[kList][i]];
  }

  *keys() {
    for (const [k] of this.entries()) yield k;
  }

  *values() {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  toString() {
    return this[kList].map(([k, v]) => `${serializeComponent(k)}=${serializeComponent(v)}`).join('&');
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (this[kList].length === 0) return 'URLSearchParams {}';
    const inner = this[kList].map(([k, v]) => `${inspect(k)} => ${inspect(v)}`);
    const oneLine = `URLSearchParams { ${inner.join(', ')} }`;
    if (oneLine.length <= (options?.breakLength ?? 80)) return oneLine;
    return `URLSearchParams {\n  ${inner.join(',\n  ')} }`;
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    input = toUSV(input);
    const baseStr = base === undefined ? undefined : toUSV(base);
    const parts = parseURL(input, baseStr);
    if (parts === null) throw invalidUrl(input, baseStr);
    this[kComponents] = parts;
    this[kSearchParams] = null;
  }

  static canParse(input, base = undefined) {
    return parseURL(toUSV(input), base === undefined ? undefined : toUSV(base)) !== null;
  }

  static parse(input, base = undefined) {
    return URL.canParse(input, base) ? new URL(input, base) : null;
  }

  _set(component, value) {
    const href = binding.urlSet(this[kComponents][0], component, toUSV(value));
    if (href === null || href === undefined) {
      if (component === 'href') throw invalidUrl(toUSV(value));
      return;
    }
    this[kComponents] = binding.urlParse(href);
    if (this[kSearchParams] !== null && component !== 'searchParams') {
      this[kSearchParams][kList] = parseForm(this[kComponents][9].slice(1));
    }
  }

  _setSearchFromParams(query) {
    const href = binding.urlSet(this[kComponents][0], 'search', query);
    if (href) this[kComponents] = binding.urlParse(href);
  }

  get searchParams() {
    if (this[kSearchParams] === null) {
      const params = new URLSearchParams(this[kComponents][9]);
      params[kUrl] = this;
      this[kSearchParams] = params;
    }
    return this[kSearchParams];
  }

  toString() {
    return this[kComponents][0];
  }

  toJSON() {
    return this[kComponents][0];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const obj = {};
    for (const f of FIELDS) if (f !== 'hash') obj[f] = this[f];
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    const body = inspect(obj, options);
    return `URL ${body}`;
  }
}

FIELDS.forEach((field, i) => {
  const desc = {
    enumerable: true,
    configurable: true,
    get() {
      return this[kComponents][i];
    },
  };
  if (field !== 'origin') {
    desc.set = function (value) {
      this._set(field, value);
    };
  }
  Object.defineProperty(URL.prototype, field, desc);
});
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

module.exports = { URL, URLSearchParams };
