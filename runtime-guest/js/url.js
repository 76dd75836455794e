// node:url — the WHATWG URL API (internal/url.js), file URL conversion,
// IDNA domain helpers and the legacy url.parse/format/resolve API, which
// keeps its historical, non-standard parsing rules on purpose: code that
// still uses it depends on exactly those quirks.
'use strict';

const { URL, URLSearchParams, isURLObject, formatURL, fileURLToPath, pathToFileURL, urlToHttpOptions } = require('internal/url');
const { codes } = require('internal/errors');

// ---- legacy url.parse ---------------------------------------------------

// Schemes that always get `//` after them when formatted.
const SLASHED = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Schemes with no host whose rest is never escaped (javascript:alert(1)).
const HOSTLESS = new Set(['javascript', 'javascript:']);

const PROTOCOL = /^[a-z0-9.+-]+:/i;
// `//user@host` without a protocol is still read as an authority.
const AUTH_WITHOUT_PROTOCOL = /^\/\/[^@/]+@[^@/]+/;
// A plain absolute path (and query): parsed without the general algorithm.
const SIMPLE_PATH = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const PORT_SUFFIX = /:[0-9]*$/;
const HOSTNAME_MAX = 255;
// Characters no hostname may hold after IDNA; one of them appearing means
// the conversion smuggled it in, so the input is refused outright.
const FORBIDDEN_HOST = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const FORBIDDEN_HOST_IPV6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Characters that end the host part or can never be in it (RFC 2396).
const HOST_ENDING = new Set(['#', '/', '?']);
const NON_HOST = new Set(['\t', '\n', '\r', ' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
// Characters escaped in the path, query and hash even though a browser
// would keep some of them.
const AUTO_ESCAPE = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const AUTO_ESCAPE_RE = /[\t\n\r "'<>\\^`{|}]/g;

let warnedParse = false;
let warnedInvalidPort = false;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function pendingDeprecation() {
  if (process.execArgv.includes('--pending-deprecation')) return true;
  const env = process.env;
  return env.NODE_PENDING_DEPRECATION === '1' || /(^|\s)--pending-deprecation(\s|$)/.test(env.NODE_OPTIONS ?? '');
}

// DEP0169 is only a pending deprecation in Node 22: it shows with
// --pending-deprecation (or NODE_PENDING_DEPRECATION=1), once.
function warnParse() {
  if (warnedParse || !pendingDeprecation()) return;
  warnedParse = true;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
    'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
  'DeprecationWarning', 'DEP0169');
}

function urlParse(input, parseQueryString, slashesDenoteHost) {
  warnParse();
  if (input instanceof Url) return input;
  const result = new Url();
  result.parse(input, parseQueryString, slashesDenoteHost);
  return result;
}

function isSpace(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

// Trims whitespace and turns backslashes before the query/hash into
// slashes, as browsers do. Also reports whether '#' or an '@' before the
// query/hash appears (they rule out the simple-path shortcut).
function prepare(input) {
  let start = 0;
  let end = input.length;
  while (start < end && isSpace(input.charCodeAt(start))) start++;
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  let rest = '';
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = start; i < end; i++) {
    const c = input[i];
    if (split) {
      if (c === '#') hasHash = true;
      rest += c;
      continue;
    }
    if (c === '@') hasAt = true;
    else if (c === '#' || c === '?') {
      if (c === '#') hasHash = true;
      split = true;
    }
    rest += c === '\\' ? '/' : c;
  }
  return { rest, hasHash, hasAt };
}

function setQuery(self, search, parseQueryString) {
  self.search = search;
  self.query = parseQueryString ? require('querystring').parse(search.slice(1)) : search.slice(1);
}

// Absolute paths skip every other rule (and escaping) on purpose.
function parseSimplePath(self, rest, parseQueryString) {
  const m = SIMPLE_PATH.exec(rest);
  if (m === null) return false;
  self.path = rest;
  self.href = rest;
  self.pathname = m[1];
  if (m[2]) {
    setQuery(self, m[2], parseQueryString);
  } else if (parseQueryString) {
    self.search = null;
    self.query = { __proto__: null };
  }
  return true;
}

// Where the authority ends: returns [atSign, end of host] indexes in rest.
// The last '@' before any host-ending character splits off the userinfo,
// and characters that cannot be in a host end it unless an '@' follows.
function scanAuthority(rest) {
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (HOST_ENDING.has(c)) {
      if (nonHost === -1) nonHost = i;
      break;
    }
    if (NON_HOST.has(c)) {
      if (nonHost === -1) nonHost = i;
    } else if (c === '@') {
      atSign = i;
      nonHost = -1;
    }
  }
  return [atSign, nonHost];
}

function decodeAuth(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new URIError('URI malformed');
  }
}

// A hostname holding '/', '\\', '#', '?' or ':' is cut there; the rest
// moves to the path. A ':' there means an invalid port, which Node 22
// still accepts with a one-time DEP0170 warning.
function cutHostname(self, rest, hostname, input) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname[i];
    if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
      if (c === ':' && !warnedInvalidPort) {
        warnedInvalidPort = true;
        process.emitWarning(`The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

function isIpv6Hostname(hostname) {
  return hostname.startsWith('[') && hostname.endsWith(']');
}

// IDNA ToASCII of a legacy hostname; '' when it is not a valid domain.
// WHATWG host parsing (what the binding does) also reads IPv4 numbers such
// as 0x7f.1, which the legacy parser keeps as text, so a dummy last label
// keeps the host from looking numeric.
function hostnameToASCII(hostname) {
  if (!/[^\0-\x7f]/.test(hostname) && !/(^|\.)xn--/.test(hostname)) return hostname;
  const ascii = binding.domainToASCII(`${hostname}.a`);
  return ascii.endsWith('.a') ? ascii.slice(0, -2) : '';
}

function invalidUrl(input) {
  const err = new codes.ERR_INVALID_URL();
  err.input = input;
  return err;
}

// Tab, CR and LF are dropped from the authority, as the WHATWG parser
// drops them everywhere; the path keeps them (escaped).
function stripAuthorityControls(rest) {
  const m = /[#/?]/.exec(rest);
  const end = m === null ? rest.length : m.index;
  return rest.slice(0, end).replace(/[\t\n\r]/g, '') + rest.slice(end);
}

// Parses the authority at the start of `rest`; returns what follows it.
function parseAuthority(self, rest, input) {
  rest = stripAuthorityControls(rest);
  const [atSign, hostEnd] = scanAuthority(rest);
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeAuth(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (hostEnd === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, hostEnd);
    rest = rest.slice(hostEnd);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const ipv6 = isIpv6Hostname(self.hostname);
  if (!ipv6) rest = cutHostname(self, rest, self.hostname, input);
  self.hostname = self.hostname.length > HOSTNAME_MAX ? '' : self.hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (FORBIDDEN_HOST_IPV6.test(self.hostname)) throw invalidUrl(input);
    } else {
      self.hostname = hostnameToASCII(self.hostname);
      if (self.hostname === '' || FORBIDDEN_HOST.test(self.hostname)) throw invalidUrl(input);
    }
  }
  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

// Splits path, query and hash out of what follows the authority.
function parsePathQueryHash(self, rest, parseQueryString) {
  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) self.hash = rest.slice(hashIdx);
  const beforeHash = hashIdx === -1 ? rest : rest.slice(0, hashIdx);
  const questionIdx = beforeHash.indexOf('?');
  if (questionIdx !== -1) {
    setQuery(self, beforeHash.slice(questionIdx), parseQueryString);
  } else if (parseQueryString) {
    self.search = null;
    self.query = { __proto__: null };
  }
  const pathEnd = questionIdx !== -1 ? questionIdx : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) self.pathname = rest;
  } else if (pathEnd > 0) {
    self.pathname = rest.slice(0, pathEnd);
  }
}

Url.prototype.parse = function parse(input, parseQueryString, slashesDenoteHost) {
  if (typeof input !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('url', 'string', input);
  const prepared = prepare(input);
  let rest = prepared.rest;
  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt && parseSimplePath(this, rest, parseQueryString)) {
    return this;
  }

  const protoMatch = PROTOCOL.exec(rest);
  const proto = protoMatch ? protoMatch[0] : undefined;
  const lowerProto = proto?.toLowerCase();
  if (proto) {
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || AUTH_WITHOUT_PROTOCOL.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && HOSTLESS.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // Note: the unlowered protocol decides here, so `HTTP:x` has host x.
  if (!HOSTLESS.has(lowerProto) && (slashes || (proto && !SLASHED.has(proto)))) {
    rest = parseAuthority(this, rest, input);
  }

  if (!HOSTLESS.has(lowerProto)) rest = rest.replace(AUTO_ESCAPE_RE, (c) => AUTO_ESCAPE[c]);
  parsePathQueryHash(this, rest, parseQueryString);
  if (SLASHED.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Splits a trailing `:digits` port off this.host into this.port.
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const m = PORT_SUFFIX.exec(host);
  if (m !== null) {
    if (m[0] !== ':') this.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) this.hostname = host;
};

// ---- legacy url.format --------------------------------------------------

// Userinfo keeps only unreserved characters and ':'.
function escapeAuth(auth) {
  let encoded;
  try {
    encoded = encodeURIComponent(auth);
  } catch {
    throw new codes.ERR_INVALID_URI();
  }
  return encoded.replace(/%3A/g, ':');
}

Url.prototype.format = function format() {
  const auth = this.auth ? `${escapeAuth(this.auth)}@` : '';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    host = auth + (hn.includes(':') && !isIpv6Hostname(hn) ? `[${hn}]` : hn);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  // Only slashed protocols get '//' unless the URL had it to begin with.
  if (this.slashes || SLASHED.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURLObject(urlObject)) {
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    return formatURL(urlObject.href, options ?? {});
  }
  return Url.prototype.format.call(urlObject);
}

// ---- legacy url.resolve -------------------------------------------------

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function copyFields(target, source, skip) {
  for (const key of Object.keys(source)) if (key !== skip) target[key] = source[key];
}

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// A host like `user@host` left in the path of a hostless URL (mailto:)
// gives its userinfo back to auth.
function splitAuthInHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

// The relative URL changes to a different scheme.
function resolveOtherProtocol(result, relative) {
  if (!SLASHED.has(relative.protocol)) {
    copyFields(result, relative);
    return finish(result);
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !HOSTLESS.has(relative.protocol)) {
    // The first path segment becomes the host.
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

// Removes '.' and resolves '..' segments; returns how many '..' went above
// the first segment.
function removeDots(segments) {
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i];
    if (seg === '.') {
      segments.splice(i, 1);
    } else if (seg === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  return up;
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  copyFields(result, this);
  // The hash always comes from the relative URL, even when it has none.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // `//host/path` keeps only the scheme.
  if (relative.slashes && !relative.protocol) {
    copyFields(result, relative, 'protocol');
    if (SLASHED.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return finish(result);
  }
  if (relative.protocol && relative.protocol !== result.protocol) return resolveOtherProtocol(result, relative);

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !SLASHED.has(result.protocol);

  // For hostless schemes the host is just the first path segment, so '..'
  // may climb into it: move it into the paths for now.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative path: replace the last segment of the base.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the base path.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthInHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.' or '..' (or empty) keeps a trailing slash.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';
  let up = removeDots(srcPath);
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');
  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  // Put the host of a hostless scheme back.
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthInHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

function domainToASCII(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
