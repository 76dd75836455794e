// The "socket" of an https ClientRequest. The guest has no TLS, so
// node:https reuses http's ClientRequest (headers, events, timeouts, the
// agent, IncomingMessage) over this Duplex, which stands where a TLS socket
// would: the HTTP/1.1 bytes the request writes are parsed back into a head
// and a body and sent as one wasi:http exchange (the host connects, checks
// the network policy and does TLS: see runtime-guest/src/fetch.rs and
// host/src/tls.rs); the answer is written back as HTTP/1.1 bytes for the
// request's own parser.
//
// What wasi:http hides cannot all be reproduced: header names arrive
// lower-case. The headers wasi:http keeps
// from guests (Transfer-Encoding, Connection), a non-standard reason phrase
// and an HTTP/1.0 version the host passes on under other names, and
// fetchResponse(id, true) restores them (host/src/tls.rs). Connections (and keep-alive)
// are the host's business; this socket can carry one exchange after another
// so that an agent with keepAlive may pool it.
'use strict';

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { watch, unwatch } = require('internal/event_loop');
const { Parser } = require('internal/http/parser');
const { httpsError } = require('internal/https/errors');

const CHUNK = 64 * 1024;
const MAX_HEAD = 64 * 1024;

// Headers the host sets itself (from the authority and the body) or that
// wasi:http refuses from a guest.
const kHostHeaders = new Set([
  'host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade',
  'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'http2-settings',
]);

let statusCodes;
function reasonFor(status) {
  statusCodes ??= require('internal/http/common').STATUS_CODES ?? require('http').STATUS_CODES;
  return statusCodes[status] ?? 'unknown';
}

function authorityOf(host, port) {
  const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return Number(port) === 443 ? name : `${name}:${port}`;
}

// Whether a Host header names what the request connects to (with or
// without the default port).
function sameHost(value, host, port) {
  const given = String(value).trim().toLowerCase();
  const name = authorityOf(host, port).toLowerCase();
  return given === name || given === `${name}:443`;
}

// How the body of the answer is framed when written back as HTTP/1.1.
function responseFraming(method, status, flat) {
  if (method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200)) {
    return 'none';
  }
  let framing = 'eof';
  for (let i = 0; i < flat.length; i += 2) {
    const name = flat[i];
    if (name === 'transfer-encoding') {
      return /(?:^|,)\s*chunked\s*$/i.test(flat[i + 1]) ? 'chunked' : 'eof';
    }
    if (name === 'content-length') framing = 'length';
  }
  return framing;
}

class HttpsBridge extends Duplex {
  constructor(options) {
    super({ allowHalfOpen: false, decodeStrings: true });
    this.host = options.host || options.hostname || 'localhost';
    this.port = Number(options.port) || 443;
    this.servername = this.host;
    this.encrypted = true;
    this.authorized = true;
    this.authorizationError = null;
    this.alpnProtocol = false;
    this.connecting = false;
    this.timeout = 0;
    this._timer = null;
    this._hadError = false;
    // The exchange in flight: `id` 0 when none.
    this.id = 0;
    this.method = null;
    this.framing = null;
    this.upload = []; // request body chunks not yet taken by the host
    this.uploadDone = false; // the request's body is complete
    this.trailers = []; // its trailers (addTrailers), flat
    this.pendingWrite = null; // the _write callback held for backpressure
    this.readWanted = false;
    this.reading = false;
    this._requestParser = new Parser('request', MAX_HEAD, {
      onHead: (info) => this._onRequestHead(info),
      onBody: (chunk) => this.upload.push(Buffer.from(chunk)),
      onComplete: (rawTrailers) => {
        this.uploadDone = true;
        this.trailers = rawTrailers.map((v, i) => (i % 2 === 0 ? v.toLowerCase() : v));
      },
    });
    this.on('end', () => this._clearTimer());
  }

  get readyState() {
    if (this.destroyed) return 'closed';
    return this.writable ? (this.readable ? 'open' : 'writeOnly') : (this.readable ? 'readOnly' : 'closed');
  }

  get remoteAddress() { return undefined; }
  get remotePort() { return undefined; }
  get bufferSize() { return this.writableLength; }

  address() { return {}; }
  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  // A pooled socket has no exchange (and so nothing that keeps the loop
  // alive); an exchange in flight is watched ref'd, as a connection is.
  ref() { return this; }
  unref() { return this; }
  // The certificate stays in the host; an empty object would make a
  // pinning check look at nothing, so asking is an error.
  getPeerCertificate() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('getPeerCertificate() on an https socket (TLS is done by the host)');
  }
  getCipher() { return undefined; }
  getProtocol() { return null; }
  isSessionReused() { return false; }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) {
      if (msecs === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    this._activity();
    return this;
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  // Any traffic restarts the idle timer, as on a net.Socket.
  _activity() {
    this._clearTimer();
    if (this.timeout > 0 && !this.destroyed) {
      this._timer = setTimeout(() => {
        this._timer = null;
        this.emit('timeout');
      }, this.timeout);
      this._timer.unref();
    }
  }

  _clearTimer() {
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
  }

  _fail(err) {
    this._hadError = true;
    this.destroy(httpsError(err, this.host, this.port));
  }

  // ---- request: bytes from ClientRequest ----
  _write(chunk, encoding, callback) {
    this._activity();
    const ret = this._requestParser.execute(chunk);
    if (ret instanceof Error || (ret && ret.upgrade !== undefined)) {
      const err = ret instanceof Error ? ret : new Error('upgrade');
      callback();
      this.destroy(unsupportedUpgrade(err));
      return;
    }
    this.pendingWrite = callback;
    this._pump();
  }

  _onRequestHead(info) {
    if (this.id !== 0) {
      // A second request before the first answer: pipelining, which
      // ClientRequest never does on one socket.
      return new Error('pipelined request on an https socket');
    }
    // An upgrade (WebSocket) or CONNECT needs the raw connection, which
    // wasi:http does not give: nothing is sent, and _write refuses it.
    if (info.upgrade) return undefined;
    const flat = [];
    let hasBody = false;
    let expectContinue = false;
    for (let i = 0; i < info.rawHeaders.length; i += 2) {
      const name = info.rawHeaders[i].toLowerCase();
      const value = info.rawHeaders[i + 1];
      if (name === 'transfer-encoding') hasBody = true;
      if (name === 'content-length' && Number(value) > 0) hasBody = true;
      if (name === 'host' && !sameHost(value, this.host, this.port)) {
        // Node would send it (and verify the server under that name); the
        // host sends the URL's authority, so it cannot be honoured.
        const { codes } = require('internal/errors');
        return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(
          `an https Host header other than the URL's host (${value}) (TLS and connections are done by the host)`);
      }
      if (kHostHeaders.has(name)) continue;
      // The host's HTTP client streams the body without waiting for 100
      // Continue; the request is told to go on at once (its 'continue').
      if (name === 'expect' && /^100-continue$/i.test(value.trim())) {
        expectContinue = true;
        continue;
      }
      flat.push(name, value);
    }
    this.method = info.method;
    this.uploadDone = false;
    let id;
    try {
      id = binding.fetchStart(info.method, true, authorityOf(this.host, this.port), info.url, flat, hasBody);
    } catch (err) {
      process.nextTick(() => this._fail(err));
      return undefined;
    }
    this.id = id;
    this.hasBody = hasBody;
    watch(id, () => this._onResponseHead(id));
    if (expectContinue) this.push(Buffer.from('HTTP/1.1 100 Continue\r\n\r\n', 'latin1'));
    return undefined;
  }

  // Hands the host the queued body bytes; then, with the body complete,
  // ends it; then lets ClientRequest write more.
  _pump() {
    const id = this.id;
    while (id !== 0 && this.upload.length > 0) {
      const head = this.upload[0];
      let taken;
      try {
        taken = binding.fetchWrite(id, head, 0);
      } catch {
        // The host ended the request (an early answer or a failure): the
        // response head tells which; the rest of the body goes nowhere.
        this.upload.length = 0;
        break;
      }
      if (taken < head.length) {
        this.upload[0] = head.subarray(taken);
        watch(id + 2, () => {
          unwatch(id + 2);
          this._pump();
        });
        return;
      }
      this.upload.shift();
    }
    if (id !== 0 && this.uploadDone && this.hasBody) {
      this.hasBody = false;
      try {
        binding.fetchFinish(id, this.trailers);
      } catch {
        // As above: the answer (or its failure) says what happened.
      }
    }
    const callback = this.pendingWrite;
    this.pendingWrite = null;
    if (callback !== null) callback();
  }

  // ---- response: written back as HTTP/1.1 ----
  _onResponseHead(id) {
    if (this.id !== id) return;
    let head;
    try {
      head = binding.fetchResponse(id, true);
    } catch (err) {
      this._closeExchange();
      this._fail(err);
      return;
    }
    if (head === null) return;
    unwatch(id);
    this._activity();
    const [status, flat, reason, version] = head;
    let text = `HTTP/${version ?? '1.1'} ${status} ${reason ?? reasonFor(status)}\r\n`;
    for (let i = 0; i < flat.length; i += 2) text += `${flat[i]}: ${flat[i + 1]}\r\n`;
    this.framing = responseFraming(this.method, status, flat);
    this.push(Buffer.from(`${text}\r\n`, 'latin1'));
    // The 'response' handler may have destroyed the request.
    if (this.id !== id) return;
    if (this.framing === 'none') {
      this._closeExchange();
      return;
    }
    this.reading = true;
    if (this.readWanted) this._pull();
  }

  _read() {
    this.readWanted = true;
    if (this.reading) this._pull();
  }

  _pull() {
    const id = this.id;
    if (id === 0) return;
    while (this.reading && this.readWanted && this.id === id) {
      let chunk;
      try {
        chunk = binding.fetchRead(id, CHUNK);
      } catch {
        // The body broke off: as when a server closes mid-body.
        this._closeExchange();
        this.destroy();
        return;
      }
      if (chunk !== null && chunk.byteLength === 0) {
        watch(id + 1, () => this._pull());
        return;
      }
      unwatch(id + 1);
      this._activity();
      if (chunk === null) {
        this._endOfBody();
        return;
      }
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (this.framing === 'chunked') {
        this.push(Buffer.from(`${bytes.length.toString(16)}\r\n`, 'latin1'));
        this.push(bytes);
        this.readWanted = this.push(Buffer.from('\r\n', 'latin1'));
      } else {
        this.readWanted = this.push(bytes);
      }
    }
  }

  _endOfBody() {
    const framing = this.framing;
    this.reading = false; // nothing more to read, only the trailers
    if (framing === 'chunked') {
      this._endChunked(this.id);
      return;
    }
    this._closeExchange();
    // A body that ran to the end of the connection ends this socket too.
    if (framing === 'eof') this.push(null);
  }

  // The last chunk, with the trailers the host received.
  _endChunked(id) {
    if (this.id !== id) return;
    let flat;
    try {
      flat = binding.fetchTrailers(id);
    } catch {
      this._closeExchange();
      this.destroy();
      return;
    }
    if (flat === null) {
      watch(id + 1, () => this._endChunked(id));
      return;
    }
    unwatch(id + 1);
    let text = '0\r\n';
    for (let i = 0; i < flat.length; i += 2) text += `${flat[i]}: ${flat[i + 1]}\r\n`;
    this._closeExchange();
    this.push(Buffer.from(`${text}\r\n`, 'latin1'));
  }

  // `release`: let ClientRequest go on writing (false when destroyed: a
  // failed request has no 'finish').
  _closeExchange(release = true) {
    const id = this.id;
    if (id === 0) return;
    for (let i = 0; i < 3; i++) unwatch(id + i);
    binding.fetchClose(id);
    this.id = 0;
    this.reading = false;
    this.framing = null;
    this.upload.length = 0;
    const callback = this.pendingWrite;
    this.pendingWrite = null;
    if (callback !== null && release) process.nextTick(callback);
  }

  _final(callback) {
    // No more requests: with no answer pending, the socket is done.
    if (this.id === 0) this.push(null);
    callback();
  }

  _destroy(err, callback) {
    this._clearTimer();
    this._closeExchange(false);
    this._requestParser.close();
    callback(err);
  }
}

function unsupportedUpgrade(err) {
  if (err.message !== 'upgrade') return err;
  const { codes } = require('internal/errors');
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('https upgrade and CONNECT requests (wasi:http has no upgrade)');
}

module.exports = { HttpsBridge };
