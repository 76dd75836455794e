// WHATWG URL and URLSearchParams. Parsing and setters follow the URL
// Standard through the `url` crate (runtime-guest/src/url.rs); a URL keeps
// its components as the crate reports them. Also the node:url helpers that
// work on URL objects (file URLs, http options, format).
'use strict';

const { codes } = require('internal/errors');

// Per-object state lives in WeakMaps so that nothing but the accessors
// shows up on instances (inspect at depth limit prints `URL {}` as Node).
const urlState = new WeakMap(); // URL -> { parts, params }
const paramsState = new WeakMap(); // URLSearchParams -> { list, url }
const iteratorState = new WeakMap();

const FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const SEARCH = FIELDS.indexOf('search');

// Components of `input` (against `base`), or null if it is not a URL.
function parseURL(input, base) {
  return (base === undefined ? binding.urlParse(input) : binding.urlParse(input, base)) ?? null;
}

// `new URL` errors print as plain TypeErrors in Node 22 (thrown natively),
// but carry the code and the input.
function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function toUSV(s) {
  // V8's wording, which Node users see.
  if (typeof s === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${s}`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// ---- application/x-www-form-urlencoded ------------------------------------

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

// Percent-decoding on UTF-8 bytes; malformed escapes stay as they are.
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
  const bytes = binding.utf8Encode(s);
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

function serializeForm(list) {
  return list.map(([k, v]) => `${serializeComponent(k)}=${serializeComponent(v)}`).join('&');
}

// ---- URLSearchParams --------------------------------------------------------

function paramsOf(self) {
  const state = paramsState.get(self);
  if (state === undefined) throw new codes.ERR_INVALID_THIS('URLSearchParams');
  return state;
}

function initFromIterable(list, init, method) {
  if (typeof method !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE('Query pairs');
  for (const pair of { [Symbol.iterator]: () => method.call(init) }) {
    if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
        typeof pair[Symbol.iterator] !== 'function') {
      throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    }
    const entry = [...pair];
    if (entry.length !== 2) throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    list.push([toUSV(entry[0]), toUSV(entry[1])]);
  }
}

// A record's own enumerable keys; two keys that become the same string
// keep the first position and the last value.
function initFromRecord(list, init) {
  const seen = new Map();
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    const name = toUSV(key);
    const value = toUSV(init[key]);
    if (seen.has(name)) {
      list[seen.get(name)][1] = value;
    } else {
      seen.set(name, list.length);
      list.push([name, value]);
    }
  }
}

// Writes the list back to the URL it belongs to; an empty list removes
// the query altogether.
function updateURL(state) {
  if (state.url === null) return;
  const parts = urlState.get(state.url).parts;
  const href = binding.urlSet(parts[0], 'search', serializeForm(state.list));
  if (href) urlState.get(state.url).parts = binding.urlParse(href);
}

class URLSearchParams {
  constructor(init = undefined) {
    const list = [];
    paramsState.set(this, { list, url: null });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method !== undefined && method !== null) initFromIterable(list, init, method);
      else initFromRecord(list, init);
    } else {
      let s = toUSV(init);
      if (s.startsWith('?')) s = s.slice(1);
      list.push(...parseForm(s));
    }
  }

  get size() {
    return paramsOf(this).list.length;
  }

  append(name, value) {
    const state = paramsOf(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
    state.list.push([toUSV(name), toUSV(value)]);
    updateURL(state);
  }

  delete(name, value = undefined) {
    const state = paramsOf(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const v = value === undefined ? undefined : toUSV(value);
    const kept = state.list.filter(([k, val]) => k !== name || (v !== undefined && val !== v));
    state.list.length = 0;
    state.list.push(...kept);
    updateURL(state);
  }

  get(name) {
    const state = paramsOf(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const found = state.list.find(([k]) => k === name);
    return found ? found[1] : null;
  }

  getAll(name) {
    const state = paramsOf(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return state.list.filter(([k]) => k === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    const state = paramsOf(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const v = value === undefined ? undefined : toUSV(value);
    return state.list.some(([k, val]) => k === name && (v === undefined || val === v));
  }

  set(name, value) {
    const state = paramsOf(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const list = state.list;
    const first = list.findIndex(([k]) => k === name);
    if (first === -1) {
      list.push([name, value]);
    } else {
      list[first][1] = value;
      for (let i = list.length - 1; i > first; i--) if (list[i][0] === name) list.splice(i, 1);
    }
    updateURL(state);
  }

  sort() {
    const state = paramsOf(this);
    // Stable, by UTF-16 code units of the names (string `<` compares those).
    const sorted = state.list.map((e, i) => [e, i]).sort((a, b) => {
      if (a[0][0] < b[0][0]) return -1;
      if (a[0][0] > b[0][0]) return 1;
      return a[1] - b[1];
    }).map(([e]) => e);
    state.list.length = 0;
    state.list.push(...sorted);
    updateURL(state);
  }

  entries() {
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    const state = paramsOf(this);
    if (typeof callback !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // Live: entries added by the callback are visited too.
    for (let i = 0; i < state.list.length; i++) {
      const [k, v] = state.list[i];
      callback.call(thisArg, v, k, this);
    }
  }

  keys() {
    return createIterator(this, 'key');
  }

  values() {
    return createIterator(this, 'value');
  }

  toString() {
    return serializeForm(paramsOf(this).list);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const list = paramsOf(this).list;
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const name = this.constructor.name;
    const shown = list.map(([k, v]) => `${inspect(k, inner)} => ${inspect(v, inner)}`);
    if (shown.length === 0) return `${name} {}`;
    const width = shown.reduce((n, s) => n + s.length + 2, -2);
    if (width > (options.breakLength ?? 80)) return `${name} {\n  ${shown.join(',\n  ')} }`;
    return `${name} { ${shown.join(', ')} }`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

// ---- URLSearchParams iterators (live, like Node's) -------------------------

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function itemOf(entry, kind) {
  if (kind === 'key') return entry[0];
  if (kind === 'value') return entry[1];
  return [entry[0], entry[1]];
}

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const state = iteratorState.get(this);
      if (state === undefined) throw new codes.ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = paramsState.get(state.target).list;
      if (state.index >= list.length) return { value: undefined, done: true };
      return { value: itemOf(list[state.index++], state.kind), done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [Symbol.for('nodejs.util.inspect.custom')]: {
    value: function (depth, options, inspect) {
      const state = iteratorState.get(this);
      if (state === undefined) throw new codes.ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
      const inner = { ...options };
      if (depth !== null) inner.depth = depth - 1;
      const rest = paramsState.get(state.target).list.slice(state.index).map((e) => itemOf(e, state.kind));
      const shown = rest.map((item) => inspect(item, inner));
      const body = inspect(rest, inner).includes('\n') ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

function createIterator(target, kind) {
  paramsOf(target);
  const it = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(it, { target, kind, index: 0 });
  return it;
}

// ---- URL ------------------------------------------------------------------

function stateOf(self) {
  const state = urlState.get(self);
  if (state === undefined) throw new TypeError('Receiver must be an instance of class URL');
  return state;
}

function setComponent(self, component, value) {
  const state = stateOf(self);
  value = toUSV(value);
  const href = binding.urlSet(state.parts[0], component, value);
  if (href === null || href === undefined) {
    if (component === 'href') {
      const err = new codes.ERR_INVALID_URL();
      err.input = value;
      throw err;
    }
    return;
  }
  state.parts = binding.urlParse(href);
  if (state.params !== null) {
    const list = paramsState.get(state.params).list;
    list.length = 0;
    list.push(...parseForm(state.parts[SEARCH].slice(1)));
  }
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    input = toUSV(input);
    const baseStr = base === undefined ? undefined : toUSV(base);
    const parts = parseURL(input, baseStr);
    if (parts === null) throw invalidUrl(input, baseStr);
    urlState.set(this, { parts, params: null });
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    const parts = parseURL(toUSV(input), base === undefined ? undefined : toUSV(base));
    if (parts === null) return null;
    const url = Object.create(URL.prototype);
    urlState.set(url, { parts, params: null });
    return url;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    return parseURL(toUSV(input), base === undefined ? undefined : toUSV(base)) !== null;
  }

  // Blob URLs live in the Blob module's registry (internal/blob.js).
  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    return require('internal/blob').revokeObjectURL(url);
  }

  toString() {
    return stateOf(this).parts[0];
  }

  get searchParams() {
    const state = stateOf(this);
    if (state.params === null) {
      const params = new URLSearchParams(state.parts[SEARCH]);
      paramsState.get(params).url = this;
      state.params = params;
    }
    return state.params;
  }

  toJSON() {
    return stateOf(this).parts[0];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    stateOf(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = {};
    for (const f of FIELDS) if (f !== 'hash') shown[f] = this[f];
    shown.searchParams = this.searchParams;
    shown.hash = this.hash;
    const name = (typeof this.constructor === 'function' && this.constructor.name) || 'URL';
    return `${name} ${inspect(shown, options)}`;
  }
}

FIELDS.forEach((field, i) => {
  const desc = {
    enumerable: true,
    configurable: true,
    get() {
      return stateOf(this).parts[i];
    },
  };
  if (field !== 'origin') {
    desc.set = function (value) {
      setComponent(this, field, value);
    };
  }
  Object.defineProperty(URL.prototype, field, desc);
});
// Keep Node's property order: toString, the accessors, searchParams before
// hash, then toJSON.
{
  const proto = URL.prototype;
  const move = (name) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    delete proto[name];
    Object.defineProperty(proto, name, d);
  };
  for (const name of [...FIELDS.slice(0, -1), 'searchParams', 'hash', 'toJSON']) move(name);
  for (const name of ['toString', 'searchParams', 'toJSON']) {
    Object.defineProperty(proto, name, { enumerable: true });
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// ---- node:url helpers on URL objects ------------------------------------

// Node's duck-typed URL check: a URL-like object, not a legacy Url.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function isURLObject(value) {
  return urlState.has(value);
}

// url.format(URL, options).
function formatURL(href, options) {
  const flag = (v, dflt) => (v === undefined || v === null ? dflt : Boolean(v));
  const fragment = flag(options.fragment, true);
  const unicode = flag(options.unicode, false);
  const search = flag(options.search, true);
  const auth = flag(options.auth, true);
  if (parseURL(href) === null) throw invalidUrl(href);
  if (!fragment) href = binding.urlSet(href, 'hash', '');
  if (!search) href = binding.urlSet(href, 'search', '');
  if (!auth) href = binding.urlSet(binding.urlSet(href, 'username', ''), 'password', '');
  if (!unicode) return href;
  // Replace the ASCII host by its Unicode form where it sits in the href.
  const [, , protocol, username, password, , hostname] = binding.urlParse(href);
  if (hostname === '' || hostname.startsWith('[')) return href;
  let prefix = `${protocol}//`;
  if (username || password) prefix += `${username}${password ? `:${password}` : ''}@`;
  if (!href.startsWith(prefix + hostname)) return href;
  return prefix + binding.domainToUnicode(hostname) + href.slice(prefix.length + hostname.length);
}

function fileURLError(reason, input) {
  const err = new codes.ERR_INVALID_FILE_URL_PATH(reason);
  err.input = input;
  return err;
}

function hasEncodedSlash(pathname, backslashToo) {
  const re = backslashToo ? /%(2f|5c)/i : /%2f/i;
  return re.test(pathname);
}

function posixFilePath(url) {
  if (url.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST('linux');
  const pathname = url.pathname;
  if (hasEncodedSlash(pathname, false)) throw fileURLError('must not include encoded / characters', url);
  return decodeURIComponent(pathname);
}

function windowsFilePath(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncodedSlash(pathname, true)) throw fileURLError('must not include encoded \\ or / characters', url);
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  // A host makes it a UNC path: \\server\share\...
  if (hostname !== '') return `\\\\${binding.domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') throw fileURLError('must be absolute', url);
  return pathname.slice(1);
}

function fileURLToPath(input, options = undefined) {
  const windows = Boolean(options?.windows);
  let url = input;
  if (typeof input === 'string') url = new URL(input);
  else if (!isURL(input)) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], input);
  if (url.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME(['file']);
  return windows ? windowsFilePath(url) : posixFilePath(url);
}

// Characters a file path may hold that the URL parser would read
// specially (percent first, so the others are not escaped twice).
function encodePathChars(filepath, windows) {
  let s = filepath.replace(/%/g, '%25');
  if (windows) s = s.replace(/\\/g, '/');
  else s = s.replace(/\\/g, '%5C');
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
}

function uncPathToFileURL(filepath) {
  const extended = filepath.startsWith('\\\\?\\UNC\\');
  const start = extended ? 8 : 2;
  const hostEnd = filepath.indexOf('\\', start);
  if (hostEnd === -1) throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
  if (hostEnd === 2) throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
  const url = new URL('file://');
  url.hostname = binding.domainToASCII(filepath.slice(start, hostEnd));
  url.pathname = encodePathChars(filepath.slice(hostEnd).replace(/\\/g, '/'), true);
  return url;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = Boolean(options?.windows);
  if (typeof filepath !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows && filepath.startsWith('\\\\')) return uncPathToFileURL(filepath);
  const path = require('path');
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath[filepath.length - 1];
  const sep = windows ? '\\' : '/';
  if ((last === '/' || (windows && last === '\\')) && resolved[resolved.length - 1] !== sep) resolved += '/';
  resolved = encodePathChars(resolved, windows).replace(/\?/g, '%3F').replace(/#/g, '%23');
  return new URL(`file://${resolved}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isURLObject,
  formatURL,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  toUSV,
};
