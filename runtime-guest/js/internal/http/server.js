// http.Server and ServerResponse. A Server is a net.Server whose
// connections are parsed as HTTP/1.1 requests. Pipelined requests are
// answered in order: the first response owns the socket, later ones buffer
// their output until the earlier ones finish. Timeouts: headersTimeout and
// requestTimeout are checked every connectionsCheckingInterval ms (as Node
// does), keepAliveTimeout idles a connection between requests, and
// server.timeout is the socket's inactivity timeout.
'use strict';

const net = require('net');
const { codes } = require('internal/errors');
const { OutgoingMessage, kChunkedRe } = require('internal/http/outgoing');
const { IncomingMessage, connReset } = require('internal/http/incoming');
const { Parser } = require('internal/http/parser');
const { STATUS_CODES, kMethodSet, checkInvalidHeaderChar } = require('internal/http/common');

const kDefaultMaxHeaderSize = 16384;

const kBadRequest = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const kTooLarge = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const kTimeout = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

function validateInteger(value, name, min = 0) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, 'boolean', value);
}

// ---- ServerResponse ----------------------------------------------------------

// A function, not a class, as in Node: libraries such as light-my-request
// (fastify.inject) set up their own objects with ServerResponse.call(this, ...).
function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  this.req = req;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.method === 'HEAD') this._hasBody = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = kChunkedRe.test(req.headers.te ?? '');
    this.shouldKeepAlive = false;
  }
}

class ServerResponseMethods extends OutgoingMessage {
  _finish() {
    super._finish();
  }

  assignSocket(socket) {
    if (socket._httpMessage) throw new codes.ERR_HTTP_SOCKET_ASSIGNED();
    socket._httpMessage = this;
    socket.on('close', onServerResponseClose);
    this.socket = socket;
    this.emit('socket', socket);
    this._flushOutput(socket);
  }

  detachSocket(socket) {
    socket.removeListener('close', onServerResponseClose);
    socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
    this._sent100 = true;
  }

  writeProcessing(cb) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
  }

  // 103 Early Hints: the Link header (required) and any other hints.
  writeEarlyHints(hints, cb) {
    if (typeof hints !== 'object' || hints === null || Array.isArray(hints)) {
      throw new codes.ERR_INVALID_ARG_TYPE('hints', 'Object', hints);
    }
    if (hints.link === null || hints.link === undefined) return;
    const link = linkHeaderValue(hints.link);
    if (link.length === 0) return;
    let head = `HTTP/1.1 103 Early Hints\r\nLink: ${link}\r\n`;
    for (const key of Object.keys(hints)) {
      if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
    }
    this._writeRaw(`${head}\r\n`, 'ascii', cb);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, obj) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('write');
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new codes.ERR_HTTP_INVALID_STATUS_CODE(original);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
      obj ??= reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this._outHeaders) {
      // setHeader() was used too: the writeHead headers win.
      if (Array.isArray(obj)) {
        if (obj.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', obj);
        for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
        for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
      } else if (obj) {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
      headers = this._outHeaders;
    } else {
      headers = obj;
    }
    if (checkInvalidHeaderChar(this.statusMessage)) throw new codes.ERR_INVALID_CHAR('statusMessage');
    const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
      this._hasBody = false;
    }
    // A client that waits for 100 Continue and got a final answer may
    // still send its body; do not reuse the connection.
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(statusLine, headers);
    return this;
  }

  writeHeader(...args) {
    return this.writeHead(...args);
  }
}
ServerResponse.prototype = ServerResponseMethods.prototype;
Object.defineProperty(ServerResponse.prototype, 'constructor', { value: ServerResponse, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

const kLinkRe = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;

function linkHeaderValue(value) {
  const bad = (shown) => new codes.ERR_INVALID_ARG_VALUE('hints', shown,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  if (typeof value === 'string') {
    if (!kLinkRe.test(value)) throw bad(value);
    return value;
  }
  if (Array.isArray(value)) {
    // The first offending element is the one reported.
    const wrong = value.find((v) => typeof v !== 'string' || !kLinkRe.test(v));
    if (wrong !== undefined) throw bad(wrong);
    return value.join(', ');
  }
  throw bad(value);
}

function onServerResponseClose() {
  const res = this._httpMessage;
  if (res) emitCloseNT(res);
}

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

// ---- Server ------------------------------------------------------------------

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    storeOptions(options);
    super({ allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay, highWaterMark: options.highWaterMark });
    this._opts = options;
    this.IncomingMessage = options.IncomingMessage ?? IncomingMessage;
    this.ServerResponse = options.ServerResponse ?? ServerResponse;
    this.maxHeaderSize = options.maxHeaderSize;
    this.insecureHTTPParser = options.insecureHTTPParser;
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    this.requireHostHeader = options.requireHostHeader ?? true;
    this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
    this.requestTimeout = options.requestTimeout ?? 300000;
    this.headersTimeout = options.headersTimeout ?? 60000;
    this.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30000;
    this.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this.httpAllowHalfOpen = false;
    this._httpConnections = new Set();
    this._checkTimer = null;
    if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
      throw new codes.ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', this.headersTimeout);
    }
    if (requestListener) this.on('request', requestListener);
    this.on('connection', connectionListener);
    this.on('listening', () => this._startChecks());
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  }

  close(cb) {
    this._stopChecks();
    super.close(cb);
    // Node 19+: idle keep-alive connections do not hold a closing server.
    this.closeIdleConnections();
    return this;
  }

  closeAllConnections() {
    for (const conn of [...this._httpConnections]) conn.socket.destroy();
  }

  closeIdleConnections() {
    for (const conn of [...this._httpConnections]) {
      if (conn.incoming.length === 0 && !conn.socket._httpMessage && !conn.parser.inMessage) {
        conn.socket.destroy();
      }
    }
  }

  _startChecks() {
    this._stopChecks();
    if (this.headersTimeout <= 0 && this.requestTimeout <= 0) return;
    const interval = this.connectionsCheckingInterval;
    if (!(interval > 0)) return;
    this._checkTimer = setInterval(() => this._checkConnections(), interval);
    this._checkTimer.unref();
  }

  _stopChecks() {
    if (this._checkTimer !== null) {
      clearInterval(this._checkTimer);
      this._checkTimer = null;
    }
  }

  // Slow clients: a head not complete within headersTimeout, or a request
  // not complete within requestTimeout, ends with 408.
  _checkConnections() {
    const now = Date.now();
    for (const conn of [...this._httpConnections]) {
      if (conn.startedAt === null) continue;
      const elapsed = now - conn.startedAt;
      const headersLate = this.headersTimeout > 0 && !conn.headersDone && elapsed > this.headersTimeout;
      const requestLate = this.requestTimeout > 0 && elapsed > this.requestTimeout;
      if (headersLate || requestLate) {
        conn.startedAt = null;
        socketOnError(conn, new codes.ERR_HTTP_REQUEST_TIMEOUT());
      }
    }
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

function storeOptions(options) {
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize');
  for (const name of ['requestTimeout', 'headersTimeout', 'keepAliveTimeout', 'connectionsCheckingInterval']) {
    if (options[name] !== undefined) validateInteger(options[name], name);
  }
  for (const name of ['insecureHTTPParser', 'joinDuplicateHeaders', 'requireHostHeader', 'rejectNonStandardBodyWrites']) {
    if (options[name] !== undefined) validateBoolean(options[name], name);
  }
  if (options.insecureHTTPParser) {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('insecureHTTPParser');
  }
}

// ---- one connection ------------------------------------------------------------

function connectionListener(socket) {
  const server = this;
  const conn = {
    server,
    socket,
    parser: null,
    incoming: [], // requests whose responses have not finished
    outgoing: [], // responses waiting for the socket
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    startedAt: Date.now(),
    headersDone: false,
    current: null, // the request whose body is being received
  };
  const maxHeaderSize = server.maxHeaderSize ?? require('http').maxHeaderSize ?? kDefaultMaxHeaderSize;
  conn.parser = new Parser('request', maxHeaderSize, {
    onMessageBegin: () => {
      if (conn.startedAt === null) conn.startedAt = Date.now();
      conn.headersDone = false;
    },
    onHead: (info) => onRequestHead(conn, info),
    onBody: (chunk) => {
      const req = conn.current;
      if (req === null || req._dumped && req.readableEnded) return;
      if (!req.push(chunk)) socket.pause();
    },
    onComplete: (rawTrailers) => {
      const req = conn.current;
      conn.current = null;
      conn.startedAt = null;
      if (req === null) return;
      req.rawTrailers = rawTrailers;
      req.complete = true;
      req.push(null);
    },
  }, kMethodSet);
  server._httpConnections.add(conn);
  socket._httpConn = conn;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', () => socketOnTimeout(conn));
  // A request's _onRead (called with the request as `this`): reading its
  // body resumes a socket paused for backpressure.
  conn.onRead = function onRead() {
    if (!socket.destroyed && socket.isPaused() && conn.current === this) socket.resume();
  };
  conn.onData = (d) => socketOnData(conn, d);
  conn.onEnd = () => socketOnEnd(conn);
  conn.onError = (e) => socketOnError(conn, e);
  conn.onClose = () => socketOnClose(conn);
  conn.onDrain = () => {
    const msg = socket._httpMessage;
    if (msg && !msg.finished && msg._needDrain) {
      msg._needDrain = false;
      msg.emit('drain');
    }
  };
  socket.on('data', conn.onData);
  socket.on('end', conn.onEnd);
  socket.on('error', conn.onError);
  socket.on('close', conn.onClose);
  socket.on('drain', conn.onDrain);
  socket._paused = false;
}

function socketOnData(conn, chunk) {
  const ret = conn.parser.execute(chunk);
  if (ret instanceof Error) {
    socketOnError(conn, ret);
  } else if (ret && ret.upgrade !== undefined) {
    onUpgrade(conn, ret.upgrade);
  }
}

function socketOnEnd(conn) {
  const { server, socket } = conn;
  const ret = conn.parser.finish();
  if (ret instanceof Error) {
    socketOnError(conn, ret);
  } else if (!server.httpAllowHalfOpen) {
    abortIncoming(conn);
    if (socket.writable) socket.end();
  } else if (conn.outgoing.length) {
    conn.outgoing[conn.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnClose(conn) {
  conn.parser.close();
  conn.server._httpConnections.delete(conn);
  abortIncoming(conn);
}

function abortIncoming(conn) {
  while (conn.incoming.length) {
    const req = conn.incoming.shift();
    if (req.destroyed) continue;
    // A request received and read whole is not aborted (in Node it has
    // usually been destroyed by then; here the end can come sooner).
    if (req.complete && req.readableEnded) req.destroy();
    else req.destroy(connReset('aborted'));
  }
}

function socketOnError(conn, err) {
  const { server, socket } = conn;
  socket.removeListener('error', conn.onError);
  socket.on('error', noop);
  if (!server.emit('clientError', err, socket)) {
    if (socket.writable && socket.bytesWritten === 0) {
      const response = err.code === 'HPE_HEADER_OVERFLOW' ? kTooLarge
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? kTimeout : kBadRequest;
      socket.write(response);
    }
    socket.destroy(err);
  }
}

function noop() {}

function socketOnTimeout(conn) {
  const { socket, server } = conn;
  const req = socket.parser?.incoming ?? conn.current;
  const reqTimeout = req && !req.complete && req.emit('timeout', socket);
  const res = socket._httpMessage;
  const resTimeout = res && res.emit('timeout', socket);
  const serverTimeout = server.emit('timeout', socket);
  if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
}

function onUpgrade(conn, head) {
  const { socket, server } = conn;
  const req = conn.upgradeReq;
  socket.removeListener('data', conn.onData);
  socket.removeListener('end', conn.onEnd);
  socket.removeListener('close', conn.onClose);
  socket.removeListener('drain', conn.onDrain);
  socket.removeListener('error', conn.onError);
  socket.on('error', noop);
  socket.setTimeout(0);
  server._httpConnections.delete(conn);
  conn.parser.close();
  // The upgraded socket is the listener's: neither flowing nor paused, so
  // its first 'data' listener starts the flow.
  socket._readableState.flowing = null;
  const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  process.nextTick(() => socket.removeListener('error', noop));
  server.emit(event, req, socket, head);
}

// A request head arrived. Returns 'upgrade' when the upgrade or connect
// listener takes the socket, true to treat the request as bodiless, or
// nothing.
function onRequestHead(conn, info) {
  const { server, socket } = conn;
  conn.headersDone = true;
  // More header lines than maxHeadersCount allows: refused (431).
  // Node's parser counts fields (2000 by default), i.e. 1000 lines.
  const maxPairs = typeof server.maxHeadersCount === 'number' ? server.maxHeadersCount : 1000;
  if (maxPairs > 0 && info.rawHeaders.length > maxPairs * 2) {
    return require('internal/http/parser').parseError('HPE_HEADER_OVERFLOW', 0, null);
  }
  const req = new server.IncomingMessage(socket);
  // A read request is destroyed a tick later than autoDestroy would, so
  // that a response ended in its 'end' handler closes first, as in Node.
  // autoDestroy stays on until 'end' so that finished() waits for 'close'.
  // (A plain listener: 'end' comes once, and it saves once()'s wrapper.)
  req.on('end', onRequestEnd);
  req.joinDuplicateHeaders = Boolean(server.joinDuplicateHeaders);
  req.httpVersionMajor = 1;
  req.httpVersionMinor = info.versionMinor;
  req.httpVersion = info.versionMinor === 1 ? '1.1' : `1.${info.versionMinor}`;
  req.rawHeaders = info.rawHeaders;
  req.method = info.method;
  req.url = info.url;
  req.upgrade = info.upgrade;
  req._onRead = conn.onRead;
  if (info.upgrade) {
    const event = info.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(event) > 0) {
      conn.upgradeReq = req;
      req.complete = true;
      req.push(null);
      return 'upgrade';
    }
    if (event === 'connect') {
      // No connect listener: Node closes the connection.
      process.nextTick(() => socket.destroy());
      return 'upgrade';
    }
    // Nobody takes it: an ordinary request, parsed on as usual.
    req.upgrade = false;
    info.upgrade = false;
  }
  conn.current = req;
  conn.incoming.push(req);
  if (conn.keepAliveTimeoutSet) {
    socket.setTimeout(server.timeout || 0);
    conn.keepAliveTimeoutSet = false;
  }
  const res = new server.ServerResponse(req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res.shouldKeepAlive = info.shouldKeepAlive && res.shouldKeepAlive !== false;
  if (!info.shouldKeepAlive) res.shouldKeepAlive = false;
  if (socket._httpMessage) conn.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => resOnFinish(conn, req, res));

  if (req.httpVersionMinor !== 1 || !dispatchHttp11(conn, server, req, res)) {
    server.emit('request', req, res);
  }
  return undefined;
}

function onRequestEnd() {
  this._readableState.autoDestroy = false;
  process.nextTick(destroyRequestSoon, this);
}

function destroyRequestSoon(req) {
  process.nextTick(destroyRequest, req);
}

function destroyRequest(req) {
  if (!req.destroyed) req.destroy();
}

// HTTP/1.1 only: the Host requirement, maxRequestsPerSocket (503 and
// 'dropRequest' past it) and Expect. Returns true when it answered or
// dispatched the request itself.
function dispatchHttp11(conn, server, req, res) {
  // With the built-in IncomingMessage, Host and Expect are looked up in
  // rawHeaders, so that the headers object is only built if the
  // application reads it.
  const raw = server.IncomingMessage === IncomingMessage && req._headers === null;
  if (server.requireHostHeader && (raw ? !hasRawHeader(req, 'host') : req.headers.host === undefined)) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return true;
  }
  const limit = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
  if (limit) {
    conn.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= conn.requestsCount;
    if (server.maxRequestsPerSocket < conn.requestsCount) {
      server.emit('dropRequest', req, req.socket);
      res.writeHead(503);
      res.end();
      return true;
    }
  }
  const expect = raw && !hasRawHeader(req, 'expect') ? undefined : req.headers.expect;
  if (expect === undefined) return false;
  if (/(?:^|\W)100-continue(?:$|\W)/i.test(expect)) {
    res._expect_continue = true;
    if (server.listenerCount('checkContinue') > 0) {
      server.emit('checkContinue', req, res);
    } else {
      res.writeContinue();
      server.emit('request', req, res);
    }
  } else if (server.listenerCount('checkExpectation') > 0) {
    server.emit('checkExpectation', req, res);
  } else {
    res.writeHead(417);
    res.end();
  }
  return true;
}

// Whether the request has a header `name` (lower case), any spelling.
function hasRawHeader(req, name) {
  const list = req.rawHeaders;
  for (let i = 0; i < list.length; i += 2) {
    if (list[i].length === name.length && list[i].toLowerCase() === name) return true;
  }
  return false;
}

// Response headers past the client's maxHeadersCount (default 2000, 0
// for no limit) are dropped, as Node's parser does.
function limitHeaders(raw, max) {
  const pairs = typeof max === 'number' ? max : 1000;
  if (pairs > 0 && raw.length > pairs * 2) return raw.slice(0, pairs * 2);
  return raw;
}

function resOnFinish(conn, req, res) {
  const { socket, server } = conn;
  // Responses usually finish in order: the first is the one.
  if (conn.incoming[0] === req) {
    conn.incoming.shift();
  } else {
    const i = conn.incoming.indexOf(req);
    if (i !== -1) conn.incoming.splice(i, 1);
  }
  // Nobody read the body: drain it so the next request can be parsed.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  if (req.complete || req.destroyed) req._onRead = null;
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (conn.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      conn.keepAliveTimeoutSet = true;
    }
  } else {
    const next = conn.outgoing.shift();
    next.assignSocket(socket);
    if (next.finished && next.outputData.length === 0) next._finish();
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { Server, ServerResponse, createServer, connectionListener, kDefaultMaxHeaderSize, limitHeaders };
