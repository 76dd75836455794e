// ClientRequest: an outgoing request and, once the head of the answer
// arrives, its IncomingMessage ('response'). The socket comes from the
// agent (or options.createConnection); the request's bytes wait in
// outputData until then. A response that ends on a keep-alive connection
// gives the socket back to the agent ('free').
'use strict';

const net = require('net');
const { Buffer } = require('buffer');
const { codes, AbortError } = require('internal/errors');
const { OutgoingMessage } = require('internal/http/outgoing');
const { IncomingMessage, connReset } = require('internal/http/incoming');
const { Parser } = require('internal/http/parser');
const { checkIsHttpToken } = require('internal/http/common');
const { Agent, globalAgent } = require('internal/http/agent');

let limitHeaders;
function lazyLimit(raw, max) {
  limitHeaders = require('internal/http/server').limitHeaders;
  return limitHeaders(raw, max);
}
limitHeaders = lazyLimit;

const kInvalidPathRe = /[\u0000-\u0020]/;
const kNoBody = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function timerDuration(msecs, name) {
  if (typeof msecs !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', msecs);
  if (!(msecs >= 0) || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

function urlOptions(url) {
  const { urlToHttpOptions } = require('url');
  return urlToHttpOptions(url);
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string') {
      input = urlOptions(new URL(input));
    } else if (input instanceof URL) {
      input = urlOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = input || {};
    } else {
      options = Object.assign(input || {}, options);
    }
    let agent = options.agent;
    // http.globalAgent may have been replaced by the program.
    const defaultAgent = options._defaultAgent || require('http').globalAgent || globalAgent;
    if (agent === false) {
      agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
    } else if (typeof agent.addRequest !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;
    const protocol = options.protocol || defaultAgent.protocol;
    const expectedProtocol = this.agent?.protocol || defaultAgent.protocol;
    if (options.path) {
      if (kInvalidPathRe.test(String(options.path))) throw new codes.ERR_UNESCAPED_CHARACTERS('Request path');
    }
    if (protocol !== expectedProtocol) throw new codes.ERR_INVALID_PROTOCOL(protocol, expectedProtocol);
    const defaultPort = options.defaultPort || this.agent?.defaultPort;
    const port = options.port = options.port || defaultPort || 80;
    const host = options.host = validateHost(options.hostname, 'hostname') ||
      validateHost(options.host, 'host') || 'localhost';
    const setHost = options.setHost === undefined || Boolean(options.setHost);
    if (options.socketPath) throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('http.request with socketPath');
    if (options.timeout !== undefined) this.timeout = timerDuration(options.timeout, 'timeout');
    const signal = options.signal;
    if (signal) watchSignal(this, signal);
    let method = options.method;
    if (method !== null && method !== undefined && typeof method !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    }
    if (method) {
      if (!checkIsHttpToken(method)) throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
      method = method.toUpperCase();
    } else {
      method = 'GET';
    }
    this.method = method;
    if (options.maxHeaderSize !== undefined) {
      if (typeof options.maxHeaderSize !== 'number' || !Number.isInteger(options.maxHeaderSize) || options.maxHeaderSize < 0) {
        throw new codes.ERR_INVALID_ARG_TYPE('maxHeaderSize', 'number', options.maxHeaderSize);
      }
    }
    this.maxHeaderSize = options.maxHeaderSize;
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    this.path = options.path || '/';
    if (cb) this.once('response', cb);
    this.useChunkedEncodingByDefault = !kNoBody.has(method);
    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.host = host;
    this.protocol = protocol;
    if (this.agent) {
      if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
        this._last = true;
        this.shouldKeepAlive = false;
      } else {
        this._last = false;
        this.shouldKeepAlive = true;
      }
    }
    const firstLine = `${method} ${this.path} HTTP/1.1\r\n`;
    if (!Array.isArray(options.headers)) {
      if (options.headers) {
        for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
      }
      if (host && !this.getHeader('host') && setHost) {
        let hostHeader = host;
        const colon = hostHeader.indexOf(':');
        if (colon !== -1 && hostHeader.includes(':', colon + 1) && hostHeader.charCodeAt(0) !== 91) {
          hostHeader = `[${hostHeader}]`;
        }
        if (port && +port !== defaultPort) hostHeader += `:${port}`;
        this.setHeader('Host', hostHeader);
      }
      if (options.auth && !this.getHeader('Authorization')) {
        this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
      }
      if (this.getHeader('expect')) this._storeHeader(firstLine, this._outHeaders);
    } else {
      this._storeHeader(firstLine, options.headers);
    }
    const connectOptions = { ...options };
    delete connectOptions.signal;
    if (this.agent) {
      this.agent.addRequest(this, connectOptions);
    } else {
      this._last = true;
      this.shouldKeepAlive = false;
      let called = false;
      const onCreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      const socket = typeof options.createConnection === 'function'
        ? options.createConnection(connectOptions, onCreate)
        : net.createConnection(connectOptions);
      if (socket) onCreate(null, socket);
    }
  }

  get path() { return this._path; }
  set path(value) { this._path = value; }

  _implicitHeader() {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('render');
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this._outHeaders);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    this._error = err;
    this.socket?.destroy(err);
    return this;
  }

  onSocket(socket, err) {
    // An error the socket emits before onSocketNT (net destroys a socket
    // synchronously when a custom lookup fails at once) is kept for it.
    if (socket && !err) {
      const early = (e) => { socket._httpEarlyError = e; };
      socket.once('error', early);
      socket._httpEarlyListener = early;
    }
    process.nextTick(() => onSocketNT(this, socket, err));
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    listenSocketTimeout(this);
    msecs = timerDuration(msecs, 'msecs');
    if (callback) this.once('timeout', callback);
    if (this.socket) setSocketTimeout(this.socket, msecs);
    else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
    return this;
  }

  setNoDelay(noDelay) {
    if (this.socket) this.socket.setNoDelay(noDelay);
    else this.once('socket', (s) => s.setNoDelay(noDelay));
  }

  setSocketKeepAlive(enable, delay) {
    if (this.socket) this.socket.setKeepAlive(enable, delay);
    else this.once('socket', (s) => s.setKeepAlive(enable, delay));
  }

  clearTimeout(cb) {
    this.setTimeout(0, cb);
  }
}

function watchSignal(req, signal) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  const onAbort = () => req.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) sock.once('connect', () => sock.setTimeout(msecs));
  else sock.setTimeout(msecs);
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = () => req.emit('timeout');
  const attach = (socket) => socket.on('timeout', req.timeoutCb);
  if (req.socket) attach(req.socket);
  else req.once('socket', attach);
}

function onSocketNT(req, socket, err) {
  if (socket?._httpEarlyListener) {
    socket.removeListener('error', socket._httpEarlyListener);
    socket._httpEarlyListener = null;
    err ??= socket._httpEarlyError;
  }
  if (req.destroyed || err) {
    req.destroyed = true;
    if (!err && req.agent && socket && !socket.destroyed) {
      socket.emit('free');
    } else if (socket) {
      socket.destroy(err);
    }
    if (!req.aborted && !err) err = req._error ?? connReset('socket hang up');
    if (err) req.emit('error', err);
    req._closed = true;
    req.emit('close');
    return;
  }
  tickOnSocket(req, socket);
  req._flushToSocket(socket);
}

ClientRequest.prototype._flushToSocket = function (socket) {
  if (!socket || !socket.writable) return;
  const ret = this._flushOutput(socket);
  if (this.finished) {
    this._finish();
  } else if (ret && this._needDrain) {
    this._needDrain = false;
    this.emit('drain');
  }
};

function tickOnSocket(req, socket) {
  const maxHeaderSize = req.maxHeaderSize ?? require('http').maxHeaderSize;
  const parser = new Parser('response', maxHeaderSize, {
    onHead: (info) => onResponseHead(req, socket, info),
    onBody: (chunk) => {
      const res = req.res;
      if (res && !res._dumped) {
        if (!res.push(chunk)) socket.pause();
      }
    },
    onComplete: (rawTrailers) => {
      const res = req.res;
      if (!res) return;
      res.rawTrailers = rawTrailers;
      res.complete = true;
      if (res._dumped) {
        // Nobody reads it: end it without a reader.
        res.push(null);
        if (!res.readableFlowing) res.resume();
      } else {
        res.push(null);
      }
    },
  });
  req.socket = socket;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  const listeners = {
    error: (err) => socketErrorListener(socket, err),
    data: (d) => socketOnData(socket, d),
    end: () => socketOnEnd(socket),
    close: () => socketCloseListener(socket),
    drain: () => {
      const msg = socket._httpMessage;
      if (msg && !msg.finished && msg._needDrain) {
        msg._needDrain = false;
        msg.emit('drain');
      }
    },
  };
  socket._httpListeners = listeners;
  for (const [event, fn] of Object.entries(listeners)) socket.on(event, fn);
  if (req.timeout !== undefined || req.agent?.options?.timeout) listenSocketTimeout(req);
  if (socket.isPaused?.()) socket.resume();
  req.emit('socket', socket);
}

function removeSocketListeners(socket) {
  const listeners = socket._httpListeners;
  if (!listeners) return;
  socket._httpListeners = null;
  for (const [event, fn] of Object.entries(listeners)) socket.removeListener(event, fn);
}

// Returns true to treat the response as bodiless, 'upgrade' to hand the
// socket over.
function onResponseHead(req, socket, info) {
  const res = new IncomingMessage(socket);
  res.httpVersionMajor = 1;
  res.httpVersionMinor = info.versionMinor;
  res.httpVersion = `1.${info.versionMinor}`;
  res.rawHeaders = limitHeaders(info.rawHeaders, req.maxHeadersCount);
  res.statusCode = info.statusCode;
  res.statusMessage = info.statusMessage;
  res.upgrade = info.upgrade;
  res.joinDuplicateHeaders = Boolean(req.joinDuplicateHeaders);
  res._onRead = () => {
    if (!socket.destroyed && socket.isPaused() && req.res === res) socket.resume();
  };
  if (req.res) {
    // A second response to one request.
    socket.destroy();
    return true;
  }
  if (res.upgrade || req.method === 'CONNECT') {
    res.upgrade = true;
    req.res = res;
    req.upgradeOrConnect = true;
    return 'upgrade';
  }
  if (res.statusCode >= 100 && res.statusCode < 200) {
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return true;
  }
  if (req.shouldKeepAlive && !info.shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  req.res = res;
  res.req = req;
  res.on('end', () => responseOnEnd(req, res));
  req.on('finish', () => {
    if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
  });
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (req.method === 'HEAD') return true;
  if (res.statusCode === 304) {
    res.complete = true;
    return true;
  }
  return undefined;
}

function socketOnData(socket, d) {
  const req = socket._httpMessage;
  const parser = socket.parser;
  if (!parser) return;
  const ret = parser.execute(d);
  if (ret instanceof Error) {
    removeSocketListeners(socket);
    socket.on('close', () => socketCloseListener(socket));
    socket.on('error', () => {});
    freeParser(socket);
    req.socket._hadError = true;
    req.emit('error', ret);
    socket.destroy();
  } else if (ret && ret.upgrade !== undefined) {
    const res = req.res;
    removeSocketListeners(socket);
    freeParser(socket);
    socket._httpMessage = null;
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(event) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket._readableState.flowing = null;
      req.emit(event, res, socket, ret.upgrade);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      // Nobody takes the socket.
      socket.destroy();
    }
  }
}

function socketOnEnd(socket) {
  const req = socket._httpMessage;
  if (req && !req.res && !socket._hadError) {
    socket._hadError = true;
    req.emit('error', connReset('socket hang up'));
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(socket);
  }
  socket.destroy();
}

function socketErrorListener(socket, err) {
  const req = socket._httpMessage;
  if (req) {
    socket._hadError = true;
    req.emit('error', err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(socket);
  }
  removeSocketListeners(socket);
  socket.on('close', () => socketCloseListener(socket));
  socket.on('error', () => {});
  socket.destroy();
}

function socketCloseListener(socket) {
  const req = socket._httpMessage;
  if (!req) return;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connReset('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!socket._hadError && !req.aborted) {
      socket._hadError = true;
      req.emit('error', connReset('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  req.outputData.length = 0;
  if (socket.parser) {
    socket.parser.finish();
    freeParser(socket);
  }
}

function freeParser(socket) {
  if (socket.parser) socket.parser.close();
  socket.parser = null;
  const req = socket._httpMessage;
  if (req) req.parser = null;
}

function responseOnEnd(req, res) {
  const socket = req.socket;
  if (socket && req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket && socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !res.aborted) {
    responseKeepAlive(req);
  }
}

function responseKeepAlive(req) {
  const socket = req.socket;
  if (socket._keptAliveFor === req) return;
  socket._keptAliveFor = req;
  if (req.timeoutCb) {
    socket.setTimeout(0);
    socket.removeListener('timeout', req.timeoutCb);
    req.timeoutCb = null;
  }
  removeSocketListeners(socket);
  freeParser(socket);
  socket._httpMessage = req;
  process.nextTick(() => {
    req._closed = true;
    req.emit('close');
    if (req.socket) req.socket.emit('free');
  });
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = { ClientRequest, request, get, Agent, globalAgent };
