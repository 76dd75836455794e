// The global fetch(), over wasi:http/outgoing-handler: the host connects
// (and does TLS) and refuses what the network policy does not allow; the
// guest streams the request body out and the response body in, waiting on
// the event loop's watchers. Failures look like undici's: `TypeError:
// fetch failed` whose `cause` carries the code.
'use strict';

const { watch, unwatch } = require('internal/event_loop');
const { Headers, appendRaw, wireEntries } = require('internal/fetch/headers');
const { Request, requestParts } = require('internal/fetch/request');
const { networkResponse, NULL_BODY_STATUS, REDIRECT_STATUS } = require('internal/fetch/response');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { decodeBody } = require('internal/fetch/decode');

const MAX_REDIRECTS = 20;
const CHUNK = 64 * 1024;

// Headers the host (wasi:http) manages itself or refuses.
const HOST_HEADERS = new Set([
  'host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade',
  'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'http2-settings',
]);

// wasi:http gives the status code but not the reason phrase: the standard
// phrase stands in for it.
const REASONS = {
  100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted',
  203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
  206: 'Partial Content', 300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found',
  303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
  413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
  422: 'Unprocessable Entity', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
};

function defaultPort(url) {
  return url.port !== '' ? Number(url.port) : (url.protocol === 'https:' ? 443 : 80);
}

function hostOf(url) {
  return url.hostname.replace(/^\[|\]$/g, '');
}

// The `cause` of a failure the native layer reported as `err.wasi`.
function causeOf(err, url) {
  const wasi = err && err.wasi;
  if (wasi === undefined) return err;
  const host = hostOf(url);
  const port = defaultPort(url);
  const sysErr = (code, errno, syscall, message) => {
    const e = new Error(message);
    e.errno = errno;
    e.code = code;
    e.syscall = syscall;
    return e;
  };
  // A body stream that broke off: the connection went away.
  if (wasi.startsWith('stream:')) return otherSideClosed();
  // TLS failures (a rejected certificate, an alert) with Node's codes.
  const tls = require('internal/https/errors').tlsError(err, host);
  if (tls !== null) return tls;
  switch (wasi) {
    case 'HTTP-request-denied': {
      const e = new Error('Access to this API has been restricted. Use --allow-net to manage permissions.');
      e.code = 'ERR_ACCESS_DENIED';
      e.permission = 'Net';
      e.resource = `${host}:${port}`;
      return e;
    }
    case 'connection-refused': {
      const e = sysErr('ECONNREFUSED', -111, 'connect', `connect ECONNREFUSED ${host}:${port}`);
      e.address = host;
      e.port = port;
      return e;
    }
    case 'DNS-error':
    case 'DNS-timeout':
    case 'destination-not-found': {
      const e = sysErr('ENOTFOUND', -3008, 'getaddrinfo', `getaddrinfo ENOTFOUND ${host}`);
      e.hostname = host;
      return e;
    }
    case 'connection-timeout':
      return sysErr('ETIMEDOUT', -110, 'connect', `connect ETIMEDOUT ${host}:${port}`);
    case 'destination-unavailable':
      return sysErr('EHOSTUNREACH', -113, 'connect', `connect EHOSTUNREACH ${host}:${port}`);
    case 'connection-terminated':
    case 'HTTP-response-incomplete':
    case 'HTTP-protocol-error':
      return otherSideClosed();
    default: {
      const e = new Error(`HTTP request failed: ${wasi}`);
      e.code = 'ERR_SANDNODE_HTTP';
      return e;
    }
  }
}

function otherSideClosed() {
  const e = new Error('other side closed');
  e.name = 'SocketError';
  e.code = 'UND_ERR_SOCKET';
  return e;
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

// The request head as sent: the program's headers plus undici's defaults.
function wireHeaders(parts, length) {
  const out = [];
  const seen = new Set();
  for (const [name, value] of wireEntries(parts.headers)) {
    if (HOST_HEADERS.has(name)) continue;
    seen.add(name);
    out.push(name, value);
  }
  if (length !== null && !seen.has('content-length')) out.push('content-length', String(length));
  const defaults = [
    ['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'], ['user-agent', 'node'],
  ];
  for (const [name, value] of defaults) if (!seen.has(name)) out.push(name, value);
  return out;
}

// One call of fetch(): follows redirects, then streams the response body.
class Fetch {
  constructor(parts, resolve, reject) {
    this.parts = parts;
    this.resolve = resolve;
    this.reject = reject;
    this.id = 0;
    this.settled = false;
    this.controller = null;
    this.finished = false;
    this.onAbort = () => this.abort(parts.signal.reason);
    if (parts.signal !== null) parts.signal.addEventListener('abort', this.onAbort, { once: true });
  }

  cleanup() {
    if (this.parts.signal !== null) this.parts.signal.removeEventListener('abort', this.onAbort);
  }

  closeExchange() {
    if (this.id === 0) return;
    for (let i = 0; i < 3; i++) unwatch(this.id + i);
    binding.fetchClose(this.id);
    this.id = 0;
  }

  fail(err) {
    this.closeExchange();
    this.cleanup();
    if (this.settled) return;
    this.settled = true;
    this.reject(fetchFailed(causeOf(err, this.parts.url)));
  }

  abort(reason) {
    this.closeExchange();
    this.cleanup();
    if (!this.settled) {
      this.settled = true;
      this.reject(reason);
    } else if (this.controller !== null && !this.finished) {
      this.finished = true;
      this.controller.error(reason);
    }
  }

  start(url, redirects) {
    const { parts } = this;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      this.fail(new Error('unknown scheme'));
      return;
    }
    const body = parts.body;
    let length = null;
    if (body !== null && body.stream === null) length = body.bytes.byteLength;
    if (body === null && (parts.method === 'POST' || parts.method === 'PUT')) length = 0;
    try {
      this.id = binding.fetchStart(parts.method, url.protocol === 'https:', url.host,
        `${url.pathname}${url.search}`, wireHeaders(parts, length), body !== null);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.url = url;
    this.redirects = redirects;
    const id = this.id;
    watch(id, () => this.onHead(id));
    if (body !== null) this.upload(id, body);
  }

  upload(id, body) {
    const done = () => {
      if (this.id !== id) return;
      try {
        binding.fetchFinish(id);
      } catch (err) {
        this.fail(err);
      }
    };
    if (body.stream === null) {
      this.writeBytes(id, body.bytes, 0, done);
      return;
    }
    const reader = body.stream.getReader();
    const next = () => {
      if (this.id !== id) {
        reader.cancel().catch(() => {});
        return;
      }
      reader.read().then(({ value, done: end }) => {
        if (end) return done();
        if (!(value instanceof Uint8Array)) {
          this.fail(new TypeError('Received non-Uint8Array chunk'));
          return;
        }
        this.writeBytes(id, value, 0, next);
      }, (err) => this.fail(err));
    };
    next();
  }

  writeBytes(id, bytes, offset, then) {
    if (this.id !== id) return;
    let taken;
    try {
      taken = binding.fetchWrite(id, bytes, offset);
    } catch (err) {
      // The host ended the request (an early response or a failure): the
      // response head, if any, tells what happened.
      return;
    }
    offset += taken;
    if (offset >= bytes.byteLength) {
      then();
      return;
    }
    watch(id + 2, () => {
      unwatch(id + 2);
      this.writeBytes(id, bytes, offset, then);
    });
  }

  onHead(id) {
    let head;
    try {
      head = binding.fetchResponse(id);
    } catch (err) {
      this.fail(err);
      return;
    }
    if (head === null) return;
    unwatch(id);
    // The reason phrase is there when the host passed on a non-standard one.
    const [status, flat, reason] = head;
    const headers = new Headers();
    for (let i = 0; i < flat.length; i += 2) appendRaw(headers, flat[i], flat[i + 1]);
    const location = headers.get('location');
    if (REDIRECT_STATUS.has(status) && location !== null && this.parts.redirect !== 'manual') {
      this.redirect(status, location);
      return;
    }
    this.respond(id, status, headers, reason);
  }

  redirect(status, location) {
    const { parts } = this;
    this.closeExchange();
    if (parts.redirect === 'error') {
      this.fail(new Error('unexpected redirect'));
      return;
    }
    if (this.redirects >= MAX_REDIRECTS) {
      this.fail(new Error('redirect count exceeded'));
      return;
    }
    let next;
    try {
      next = new URL(location, this.url);
    } catch (err) {
      this.fail(err);
      return;
    }
    const toGet = (status === 303 && parts.method !== 'HEAD') ||
      ((status === 301 || status === 302) && parts.method === 'POST');
    if (toGet) {
      parts.method = 'GET';
      parts.body = null;
      for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
        parts.headers.delete(name);
      }
    } else if (parts.body !== null && parts.body.stream !== null) {
      this.fail(new TypeError('Cannot follow redirect with a streamed request body'));
      return;
    }
    this.start(next, this.redirects + 1);
  }

  respond(id, status, headers, reason = null) {
    const noBody = this.parts.method === 'HEAD' || NULL_BODY_STATUS.has(status);
    let stream = null;
    if (noBody) {
      this.closeExchange();
      this.cleanup();
    } else {
      stream = new ReadableStream({
        start: (controller) => { this.controller = controller; },
        pull: () => this.pull(id),
        cancel: () => {
          this.finished = true;
          this.closeExchange();
          this.cleanup();
        },
      }, { highWaterMark: 0 });
      stream = decodeBody(stream, headers);
    }
    this.settled = true;
    this.resolve(networkResponse({
      status,
      statusText: reason ?? (REASONS[status] || ''),
      headers,
      stream,
      url: this.url.href,
      redirected: this.redirects > 0,
    }));
  }

  pull(id) {
    return new Promise((resolve) => {
      const step = () => {
        if (this.id !== id || this.finished) {
          resolve();
          return;
        }
        let chunk;
        try {
          chunk = binding.fetchRead(id, CHUNK);
        } catch (err) {
          this.finished = true;
          this.closeExchange();
          this.cleanup();
          this.controller.error(new TypeError('terminated', { cause: causeOf(err, this.url) }));
          resolve();
          return;
        }
        if (chunk !== null && chunk.byteLength === 0) {
          watch(id + 1, step);
          return;
        }
        unwatch(id + 1);
        if (chunk === null) {
          this.finished = true;
          this.closeExchange();
          this.cleanup();
          this.controller.close();
        } else {
          this.controller.enqueue(chunk);
        }
        resolve();
      };
      step();
    });
  }
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = new Request(input, init);
    } catch (err) {
      reject(err);
      return;
    }
    const parts = requestParts(request);
    if (parts.signal !== null && parts.signal.aborted) {
      reject(parts.signal.reason);
      return;
    }
    if (parts.body !== null) parts.body.used = true;
    // The exchange keeps its own copy of what may change on redirects.
    parts.headers = new Headers(parts.headers);
    new Fetch(parts, resolve, reject).start(parts.url, 0);
  });
}

module.exports = { fetch };
