// IncomingMessage: a received request (server side) or response (client
// side). The head is filled in by the connection code; the body is pushed
// into this Readable as the parser delivers it. Reading pauses and resumes
// the socket, so a slow reader slows the peer down.
'use strict';

const { Readable, finished } = require('stream');
const { addHeaderLine } = require('internal/http/common');
const { getDefaultHighWaterMark } = require('internal/streams/state');

function connReset(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

class IncomingMessage extends Readable {
  constructor(socket) {
    // The socket's highWaterMark, passed only when it is not the default
    // anyway (options cost a Readable a few checks and lookups).
    const hwm = socket?.readableHighWaterMark;
    super(hwm !== undefined && hwm !== getDefaultHighWaterMark(false) ? { highWaterMark: hwm } : undefined);
    this._readableState.readingMore = true;
    this.socket = socket ?? null;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = this.socket;
    this._consuming = false;
    this._dumped = false;
    this._headers = null;
    this._trailers = null;
    this._onRead = null; // set by the connection: resume the socket
  }

  get connection() {
    return this.socket;
  }

  set connection(value) {
    this.socket = value;
  }

  get headers() {
    if (this._headers === null) {
      this._headers = {};
      const raw = this.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) {
        addHeaderLine(this._headers, raw[i], raw[i + 1], this.joinDuplicateHeaders);
      }
    }
    return this._headers;
  }

  set headers(value) {
    this._headers = value;
  }

  get headersDistinct() {
    return distinct(this.rawHeaders);
  }

  get trailers() {
    if (this._trailers === null) {
      this._trailers = {};
      const raw = this.rawTrailers;
      for (let i = 0; i < raw.length; i += 2) {
        addHeaderLine(this._trailers, raw[i], raw[i + 1], this.joinDuplicateHeaders);
      }
    }
    return this._trailers;
  }

  set trailers(value) {
    this._trailers = value;
  }

  get trailersDistinct() {
    return distinct(this.rawTrailers);
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket?.setTimeout(msecs);
    return this;
  }

  _read() {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    if (this._onRead !== null) this._onRead();
  }

  // Nobody reads the body: let it flow to nowhere so the connection can
  // carry the next message.
  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      this.removeAllListeners('data');
      this.resume();
    }
  }

  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    const socket = this.socket;
    if (socket && !socket.destroyed && this.aborted) {
      socket.destroy(err);
      finished(socket, (e) => {
        if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
        process.nextTick(onError, this, e || err, cb);
      });
    } else {
      onError(this, err, cb);
    }
  }
}

// As Node: the error reaches 'error' only when someone listens for it, so
// an unread aborted request does not crash the server.
function onError(msg, err, cb) {
  if (msg.listenerCount('error') === 0) cb();
  else cb(err);
}

function distinct(raw) {
  const out = {};
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i].toLowerCase();
    (out[key] ??= []).push(raw[i + 1]);
  }
  return out;
}

module.exports = { IncomingMessage, connReset };
