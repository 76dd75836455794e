// The Fetch standard's Request.
'use strict';

const { Headers, cloneHeaders } = require('internal/fetch/headers');
const { kBody, extractBody, mixinBody, cloneBody, unusable } = require('internal/fetch/body');

const kState = Symbol('requestState');
const kHeaders = Symbol('requestHeaders');

const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const REDIRECTS = ['follow', 'manual', 'error'];

function parseUrl(input) {
  let url;
  try {
    url = new URL(String(input));
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
  }
  return url;
}

function normalizeMethod(method) {
  method = String(method);
  if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (FORBIDDEN_METHODS.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  return NORMALIZED.has(upper) ? upper : method;
}

function checkEnum(name, value, allowed) {
  if (!allowed.includes(value)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
}

class Request {
  constructor(input, init = undefined) {
    if (arguments.length < 1) {
      throw new TypeError('Request constructor: 1 argument required, but 0 found.');
    }
    if (init === null || init === undefined) init = {};
    if (typeof init !== 'object') {
      throw new TypeError('Request constructor: Expected init to be a dictionary.');
    }
    const from = input instanceof Request ? input : null;
    const state = from === null
      ? { url: parseUrl(input), method: 'GET', redirect: 'follow', signal: null, duplex: 'half' }
      : { ...from[kState] };
    if (init.method !== undefined) state.method = normalizeMethod(init.method);
    if (init.redirect !== undefined) {
      checkEnum('redirect', String(init.redirect), REDIRECTS);
      state.redirect = String(init.redirect);
    }
    const signal = init.signal !== undefined ? init.signal : (from === null ? null : from[kState].signal);
    if (signal !== null && !(signal instanceof AbortSignal)) {
      throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
    }
    state.signal = signal;
    this[kState] = state;
    const headersInit = init.headers !== undefined ? init.headers : (from === null ? undefined : from[kHeaders]);
    this[kHeaders] = new Headers(headersInit);

    let body = null;
    if (init.body !== undefined && init.body !== null) {
      if (state.method === 'GET' || state.method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      body = extractBody(init.body);
      if (body.stream !== null && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (body.type !== null && !this[kHeaders].has('content-type')) {
        this[kHeaders].append('content-type', body.type);
      }
    } else if (from !== null && from[kBody] !== null) {
      if (unusable(from)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      body = from[kBody];
      // The new request takes the stream over; the old one is now used.
      from[kBody] = { ...body, used: true };
      if ((state.method === 'GET' || state.method === 'HEAD')) {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
    }
    this[kBody] = body === null ? null : { ...body, used: false };
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url.href; }
  get headers() { return this[kHeaders]; }
  get redirect() { return this[kState].redirect; }
  get signal() {
    if (this[kState].signal === null) this[kState].signal = new AbortController().signal;
    return this[kState].signal;
  }
  get duplex() { return 'half'; }
  get cache() { return 'default'; }
  get credentials() { return 'same-origin'; }
  get destination() { return ''; }
  get integrity() { return ''; }
  get keepalive() { return false; }
  get mode() { return 'cors'; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return ''; }

  clone() {
    if (unusable(this)) throw new TypeError('unusable');
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...this[kState] };
    copy[kHeaders] = cloneHeaders(this[kHeaders]);
    const body = cloneBody(this);
    copy[kBody] = body === null ? null : { ...body, used: false };
    return copy;
  }

  get [Symbol.toStringTag]() { return 'Request'; }
}

mixinBody(Request);

// What fetch needs of a request.
function requestParts(request) {
  return {
    url: request[kState].url,
    method: request[kState].method,
    redirect: request[kState].redirect,
    signal: request[kState].signal,
    headers: request[kHeaders],
    body: request[kBody],
  };
}

module.exports = { Request, requestParts };
