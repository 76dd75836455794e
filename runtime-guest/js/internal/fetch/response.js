// The Fetch standard's Response.
'use strict';

const { Headers, setGuard, cloneHeaders } = require('internal/fetch/headers');
const { kBody, extractBody, mixinBody, cloneBody, unusable } = require('internal/fetch/body');

const kState = Symbol('responseState');
const kHeaders = Symbol('responseHeaders');
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

const encoder = new TextEncoder();

function initResponse(response, init, body) {
  if (init === null || init === undefined) init = {};
  if (typeof init !== 'object') {
    throw new TypeError("Response constructor: Expected init to be a dictionary.");
  }
  const status = init.status === undefined ? 200 : Number(init.status) & 0xffff;
  if (status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText === undefined ? '' : String(init.statusText);
  if (/[^\t\x20-\x7e\x80-\xff]/.test(statusText)) {
    throw new TypeError('Invalid statusText');
  }
  response[kState] = {
    type: 'default', status, statusText, url: '', redirected: false,
  };
  const headers = init.headers === undefined ? new Headers() : new Headers(init.headers);
  Object.defineProperty(response, kHeaders, { value: headers, writable: true });
  if (body !== null) {
    if (NULL_BODY_STATUS.has(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    response[kBody] = { ...body, used: false };
    if (body.type !== null && !headers.has('content-type')) headers.append('content-type', body.type);
  } else {
    response[kBody] = null;
  }
}

class Response {
  constructor(body = null, init = undefined) {
    const extracted = body === null || body === undefined ? null : extractBody(body);
    initResponse(this, init, extracted);
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r[kState] = { type: 'error', status: 0, statusText: '', url: '', redirected: false };
    setGuard(r[kHeaders], 'immutable');
    return r;
  }

  static json(data, init = undefined) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(encoder.encode(text), init);
    if (!r.headers.has('content-type')) r.headers.set('content-type', 'application/json');
    return r;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(String(url));
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    if (!REDIRECT_STATUS.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status });
    r.headers.set('location', parsed.href);
    setGuard(r[kHeaders], 'immutable');
    return r;
  }

  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kHeaders]; }

  clone() {
    if (unusable(this)) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    copy[kState] = { ...this[kState] };
    Object.defineProperty(copy, kHeaders, { value: cloneHeaders(this[kHeaders]), writable: true });
    if (this[kState].type !== 'default') setGuard(copy[kHeaders], 'immutable');
    const body = cloneBody(this);
    copy[kBody] = body === null ? null : { ...body, used: false };
    return copy;
  }

  get [Symbol.toStringTag]() { return 'Response'; }
}

mixinBody(Response);

// A Response for what came off the network.
function networkResponse({ status, statusText, headers, stream, url, redirected }) {
  const r = Object.create(Response.prototype);
  r[kState] = { type: 'basic', status, statusText, url, redirected };
  setGuard(headers, 'immutable');
  Object.defineProperty(r, kHeaders, { value: headers, writable: true });
  r[kBody] = stream === null ? null : { bytes: null, stream, type: null, used: false };
  return r;
}

module.exports = { Response, networkResponse, NULL_BODY_STATUS, REDIRECT_STATUS };
