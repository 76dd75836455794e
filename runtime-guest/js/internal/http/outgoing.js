// OutgoingMessage: what ServerResponse and ClientRequest share. It keeps
// the headers until the head is written, frames the body (Content-Length
// when the whole body is known at end(), chunked otherwise), and writes to
// the socket when it owns one; until then (a pipelined response waiting
// for its turn, a request waiting for its socket) the bytes wait in
// `outputData`.
'use strict';

const { Stream } = require('stream');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const {
  validateHeaderName, validateHeaderValue, utcDate,
} = require('internal/http/common');

const kHighWaterMark = 16 * 1024;
const kConnCloseRe = /(?:^|\W)close(?:$|\W)/i;
const kChunkedRe = /(?:^|\W)chunked(?:$|\W)/i;

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// A function, not a class, as in Node: libraries such as light-my-request
// (fastify.inject) set up their own objects with OutgoingMessage.call(this, ...).
function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._headerSent = false;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this._outHeaders = null;
  this._keepAliveTimeout = 0;
  this._maxRequestsPerSocket = 0;
  this._corked = 0;
  this._rejectNonStandardBodyWrites = options?.rejectNonStandardBodyWrites ?? false;
  this._highWaterMark = options?.highWaterMark ?? kHighWaterMark;
}

class OutgoingMessageMethods extends Stream {
  get connection() { return this.socket; }
  set connection(value) { this.socket = value; }

  get writableFinished() {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  }

  get writableObjectMode() { return false; }
  get writableLength() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }
  get writableHighWaterMark() { return this.socket ? this.socket.writableHighWaterMark : this._highWaterMark; }
  get writableCorked() { return this.socket ? this.socket.writableCorked : this._corked; }
  get writableEnded() { return this.finished; }
  get writableNeedDrain() { return !this.destroyed && !this.finished && this._needDrain === true; }
  get headersSent() { return this._header !== null; }

  cork() {
    if (this.socket) this.socket.cork();
    else this._corked++;
  }

  uncork() {
    if (this.socket) this.socket.uncork();
    else if (this._corked) this._corked--;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (!this.socket) {
      this.once('socket', (socket) => socket.setTimeout(msecs));
    } else {
      this.socket.setTimeout(msecs);
    }
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.errored = error ?? null;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  // ---- headers ----
  setHeader(name, value) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this._outHeaders ??= { __proto__: null };
    this._outHeaders[name.toLowerCase()] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
        typeof headers.get !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    const cookies = [];
    for (const [key, value] of headers) {
      if (key === 'set-cookie') {
        cookies.push(value);
        continue;
      }
      this.setHeader(key, value);
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = name.toLowerCase();
    this._outHeaders ??= { __proto__: null };
    const existing = this._outHeaders[key];
    if (existing) {
      const old = Array.isArray(existing[1]) ? existing[1] : [existing[1]];
      existing[1] = old.concat(value);
    } else {
      this._outHeaders[key] = [name, value];
    }
    return this;
  }

  getHeader(name) {
    validateString(name, 'name');
    return this._outHeaders?.[name.toLowerCase()]?.[1];
  }

  getHeaderNames() {
    return this._outHeaders ? Object.keys(this._outHeaders) : [];
  }

  getRawHeaderNames() {
    return this._outHeaders ? Object.values(this._outHeaders).map((e) => e[0]) : [];
  }

  getHeaders() {
    const out = { __proto__: null };
    if (this._outHeaders) for (const key of Object.keys(this._outHeaders)) out[key] = this._outHeaders[key][1];
    return out;
  }

  hasHeader(name) {
    validateString(name, 'name');
    return this._outHeaders !== null && this._outHeaders[name.toLowerCase()] !== undefined;
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('remove');
    const key = name.toLowerCase();
    switch (key) {
      case 'connection': this._removedConnection = true; break;
      case 'content-length': this._removedContLen = true; break;
      case 'transfer-encoding': this._removedTE = true; break;
      case 'date': this.sendDate = false; break;
    }
    if (this._outHeaders !== null) delete this._outHeaders[key];
  }

  _implicitHeader() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
  }

  // Builds the head from `firstLine` and `headers` (the setHeader map, an
  // object, or an array of pairs), adding Date, Connection and the body
  // framing the way Node decides them.
  _storeHeader(firstLine, headers) {
    const state = {
      connection: false, contLen: false, te: false, date: false, expect: false, trailer: false,
      header: firstLine,
    };
    if (headers) {
      if (headers === this._outHeaders) {
        for (const key in headers) processHeader(this, state, headers[key][0], headers[key][1], false);
      } else if (Array.isArray(headers)) {
        if (headers.length && Array.isArray(headers[0])) {
          for (const entry of headers) processHeader(this, state, entry[0], entry[1], true);
        } else {
          if (headers.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', headers);
          for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
        }
      } else {
        for (const key in headers) {
          if (Object.hasOwn(headers, key)) processHeader(this, state, key, headers[key], true);
        }
      }
    }
    let { header } = state;
    if (this.sendDate && !state.date) header += `Date: ${utcDate()}\r\n`;
    if (this._removedConnection) {
      // The user removed it: say nothing, and close unless asked to keep.
      this._last = !this.shouldKeepAlive;
    } else if (!state.connection) {
      const keep = this.shouldKeepAlive &&
        (state.contLen || this.useChunkedEncodingByDefault || this.agent);
      if (keep && this.maxRequestsOnConnectionReached) {
        header += 'Connection: close\r\n';
      } else if (keep) {
        header += 'Connection: keep-alive\r\n';
        if (this._keepAliveTimeout && this._defaultKeepAlive) {
          const max = ~~this._maxRequestsPerSocket > 0 ? `, max=${this._maxRequestsPerSocket}` : '';
          header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}\r\n`;
        }
      } else {
        this._last = true;
        header += 'Connection: close\r\n';
      }
    }
    if (!state.contLen && !state.te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
        header += `Content-Length: ${this._contentLength}\r\n`;
      } else if (!this._removedTE) {
        header += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else {
        this._last = true;
      }
    }
    if (this.chunkedEncoding !== true && state.trailer) throw new codes.ERR_HTTP_TRAILER_INVALID();
    this._header = `${header}\r\n`;
    this._headerSent = false;
    // A request that expects 100 Continue sends its head at once.
    if (state.expect) this._send('');
  }

  // ---- body ----
  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const ret = writeBody(this, chunk, encoding, callback, false);
    if (!ret) this._needDrain = true;
    return ret;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (chunk) {
      if (this.finished) {
        writeAfterEnd(this, callback);
        return this;
      }
      if (typeof chunk === 'string' && this._endAtOnce(chunk, encoding, callback)) return this;
      if (this.socket) this.socket.cork();
      writeBody(this, chunk, encoding, null, true);
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.on('finish', callback);
        else callback(new codes.ERR_STREAM_ALREADY_FINISHED('end'));
      }
      return this;
    } else if (!this._header) {
      if (this.socket) this.socket.cork();
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    const finish = () => {
      if (this.socket?._hadError) return;
      this.emit('finish');
    };
    if (this._hasBody && this.chunkedEncoding) {
      this._send(`0\r\n${this._trailer}\r\n`, 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finish);
    } else {
      process.nextTick(finish);
    }
    if (this.socket) {
      // Undo every cork taken for this message at once.
      while (this.socket.writableCorked) this.socket.uncork();
    }
    this._corked = 0;
    this.finished = true;
    if (this.outputData.length === 0 && this.socket?._httpMessage === this) this._finish();
    return this;
  }

  _finish() {
    this.emit('prefinish');
  }

  // end(string) of a message that owns an idle socket and has sent nothing
  // yet (the usual response): the head and the whole body (framed as one
  // chunk when the head says chunked) go out as one
  // socket write that carries the 'finish' callback, without the cork,
  // the queue and the _writev merge of the general path. The bytes, the
  // callbacks and their ticks are the same. Returns false to take the
  // general path.
  _endAtOnce(chunk, encoding, callback) {
    const socket = this.socket;
    if (socket === null || socket._httpMessage !== this || this._headerSent || this.destroyed ||
        this.outputData.length !== 0 || this._corked !== 0 || socket.writableCorked !== 0 ||
        !socket.writable || (encoding != null && encoding !== 'utf8' && encoding !== 'latin1')) {
      return false;
    }
    if (this._header === null) {
      this._contentLength = Buffer.byteLength(chunk, encoding ?? 'utf8');
      this._implicitHeader();
    }
    if (!this._hasBody) return false;
    // One native call encodes and frames it all (null: a lone surrogate,
    // left to the general path).
    const bytes = binding.httpMessageBytes(this._header, chunk, encoding === 'latin1',
      this.chunkedEncoding, this._trailer);
    if (bytes === null) return false;
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this._headerSent = true;
    if (typeof callback === 'function') this.once('finish', callback);
    socket.write(data, () => {
      if (!this.socket?._hadError) this.emit('finish');
    });
    this.finished = true;
    this._finish();
    return true;
  }

  addTrailers(headers) {
    this._trailer = '';
    const keys = Object.keys(headers);
    const isArray = Array.isArray(headers);
    for (let i = 0; i < keys.length; i++) {
      let field;
      let value;
      if (isArray) {
        field = headers[keys[i]][0];
        value = headers[keys[i]][1];
      } else {
        field = keys[i];
        value = headers[field];
      }
      validateHeaderName(field, 'Trailer name');
      if (Array.isArray(value) && value.length > 1 && (!this._uniqueHeaders || !this._uniqueHeaders.has(field.toLowerCase()))) {
        for (const v of value) {
          if (String(v).match(/[^\t\x20-\x7e\x80-\xff]/)) throw new codes.ERR_INVALID_CHAR('trailer content', field);
          this._trailer += `${field}: ${v}\r\n`;
        }
      } else {
        if (Array.isArray(value)) value = value.join('; ');
        if (String(value).match(/[^\t\x20-\x7e\x80-\xff]/)) throw new codes.ERR_INVALID_CHAR('trailer content', field);
        this._trailer += `${field}: ${value}\r\n`;
      }
    }
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('');
  }

  pipe() {
    this.emit('error', new codes.ERR_STREAM_CANNOT_PIPE());
  }

  // Sends `data`, with the head in front the first time.
  _send(data, encoding, callback) {
    if (!this._headerSent && this._header !== null) {
      const header = this._header;
      this._headerSent = true;
      if (typeof data === 'string' && (encoding === 'latin1' || (!encoding || encoding === 'utf8') && isAscii(header))) {
        data = header + data;
      } else {
        this._writeRaw(header, 'latin1', null);
      }
    }
    return this._writeRaw(data, encoding, callback);
  }

  _writeRaw(data, encoding, callback) {
    const conn = this.socket;
    if (conn?.destroyed) return false;
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (conn && conn._httpMessage === this && conn.writable) {
      if (this.outputData.length) this._flushOutput(conn);
      return conn.write(data, encoding ?? undefined, callback ?? undefined);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    return this.outputSize < this._highWaterMark;
  }

  _flushOutput(socket) {
    while (this._corked) {
      this._corked--;
      socket.cork();
    }
    const pending = this.outputData;
    if (pending.length === 0) return undefined;
    this.outputData = [];
    this.outputSize = 0;
    socket.cork();
    let ret;
    for (const { data, encoding, callback } of pending) {
      ret = socket.write(data, encoding ?? undefined, callback ?? undefined);
    }
    socket.uncork();
    return ret;
  }
}
OutgoingMessage.prototype = OutgoingMessageMethods.prototype;
Object.defineProperty(OutgoingMessage.prototype, 'constructor', { value: OutgoingMessage, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(OutgoingMessage, Stream);

function isAscii(s) {
  // eslint-disable-next-line no-control-regex
  return !/[^\x00-\x7f]/.test(s);
}

// As Node: the callback first, then 'error' (unless destroyed).
function writeAfterEnd(msg, callback) {
  const err = msg.destroyed ? new codes.ERR_STREAM_DESTROYED('write') : new codes.ERR_STREAM_WRITE_AFTER_END();
  if (msg.destroyed) {
    if (typeof callback === 'function') process.nextTick(callback, err);
    return;
  }
  process.nextTick(() => {
    if (typeof callback === 'function') callback(err);
    if (!msg.destroyed) msg.emit('error', err);
  });
}

function writeBody(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = null;
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  let len;
  if (typeof chunk === 'string') {
    len = Buffer.byteLength(chunk, encoding ?? 'utf8');
  } else if (chunk instanceof Uint8Array) {
    len = chunk.length;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  if (msg.finished || msg.destroyed) {
    writeAfterEnd(msg, callback);
    return false;
  }
  if (!msg._header) {
    if (fromEnd) msg._contentLength = len;
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg._rejectNonStandardBodyWrites) throw new codes.ERR_HTTP_BODY_NOT_ALLOWED();
    if (callback) process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    // Gather the writes of this tick into one socket write.
    const socket = msg.socket;
    socket.cork();
    process.nextTick(() => {
      if (socket.writableCorked) socket.uncork();
    });
  }
  if (msg.chunkedEncoding && len !== 0) {
    msg._send(`${len.toString(16)}\r\n`, 'latin1', null);
    msg._send(chunk, encoding, null);
    return msg._send('\r\n', 'latin1', callback);
  }
  return msg._send(chunk, encoding, callback);
}

// One header line (or several, for an array value) into `state.header`.
function processHeader(msg, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if (value.length < 2 || key.toLowerCase() !== 'cookie') {
      for (const v of value) storeHeader(msg, state, key, v, validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(msg, state, key, value, validate);
}

function storeHeader(msg, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += `${key}: ${value}\r\n`;
  matchHeader(msg, state, key, value);
}

// The names that matter here are 4, 6, 7, 10, 14 or 17 characters long;
// others (most) are passed over without lower-casing them.
const kMatchedLengths = [false, false, false, false, true, false, true, true, false, false, true,
  false, false, false, true, false, false, true];

function matchHeader(msg, state, field, value) {
  if (kMatchedLengths[field.length] !== true) return;
  const key = field.toLowerCase();
  switch (key) {
    case 'connection':
      state.connection = true;
      msg._removedConnection = false;
      if (kConnCloseRe.test(value)) msg._last = true;
      else msg.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      msg._removedTE = false;
      if (kChunkedRe.test(value)) msg.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      msg._contentLength = +value;
      msg._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[key] = true;
      break;
    case 'keep-alive':
      msg._defaultKeepAlive = false;
      break;
  }
}

module.exports = { OutgoingMessage, validateString, kChunkedRe };
