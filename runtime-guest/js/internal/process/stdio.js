// process.stdout, process.stderr and process.stdin.
//
// Like Node's for files and pipes, writes to stdout/stderr are synchronous:
// output appears as it is written and nothing is lost at exit. A reader that
// went away (EPIPE) is reported as an 'error' event on the stream, as in Node.
'use strict';

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const loop = require('internal/event_loop');

function epipeError() {
  const err = new Error('write EPIPE');
  err.errno = -32;
  err.code = 'EPIPE';
  err.syscall = 'write';
  return err;
}

class WriteStream extends EventEmitter {
  constructor(fd, size) {
    super();
    this.fd = fd;
    this._write = fd === 1 ? binding.writeStdout : binding.writeStderr;
    this._broken = false;
    this.writable = true;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.destroyed = false;
    this._corked = [];
    this.isTTY = size !== undefined && size !== null;
    if (this.isTTY) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof chunk === 'string' && encoding && !/^utf-?8$/i.test(encoding)) {
      chunk = require('buffer').Buffer.from(chunk, encoding);
    }
    if (this.writableEnded) {
      const err = new Error('write after end');
      err.code = 'ERR_STREAM_WRITE_AFTER_END';
      loop.nextTick(() => {
        if (callback) callback(err);
        this.emit('error', err);
      });
      return false;
    }
    if (this.writableCorked > 0) {
      this._corked.push(chunk);
      if (callback) this._corked.push(callback);
      return true;
    }
    this._writeNow(chunk, callback);
    return true;
  }

  _writeNow(chunk, callback) {
    if (this._broken) {
      // Every later write fails the same way; one error object will do.
      if (callback) loop.nextTick(callback, this._brokenError);
      return;
    }
    const failure = this._write(chunk);
    if (failure === undefined) {
      if (callback) loop.nextTick(callback, null);
      return;
    }
    this._broken = true;
    const err = failure === 'EPIPE' ? epipeError() : new Error(`write failed: ${failure}`);
    this._brokenError = err;
    loop.nextTick(() => {
      if (callback) callback(err);
      this.emit('error', err);
    });
  }

  cork() {
    this.writableCorked++;
  }

  uncork() {
    if (this.writableCorked === 0) return;
    if (--this.writableCorked > 0) return;
    const items = this._corked;
    this._corked = [];
    for (let i = 0; i < items.length; i++) {
      const chunk = items[i];
      const cb = typeof items[i + 1] === 'function' ? items[++i] : undefined;
      this._writeNow(chunk, cb);
    }
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    // Node never closes fd 1 and 2; it only finishes the stream.
    if (!this.writableEnded) {
      this.writableEnded = true;
      loop.nextTick(() => {
        this.writableFinished = true;
        this.emit('finish');
        if (callback) callback();
      });
    }
    return this;
  }

  destroy(err) {
    this.destroyed = true;
    if (err) loop.nextTick(() => this.emit('error', err));
    loop.nextTick(() => this.emit('close'));
    return this;
  }

  setDefaultEncoding() {
    return this;
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  hasColors(count = 16) {
    return this.isTTY && count <= 256;
  }

  getColorDepth() {
    return this.isTTY ? 8 : 1;
  }
}

function createWritable(fd, size) {
  return new WriteStream(fd, size);
}

// Standard input: read in full the first time a consumer asks for data.
// Streaming reads through wasi:io pollables come with the streams work.
class ReadStream extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.isTTY = false;
    this.readable = true;
    this._encoding = null;
    this._started = false;
    this._paused = true;
    this.on('newListener', (event) => {
      if (event === 'data' || event === 'readable' || event === 'end') this._start();
    });
  }

  setEncoding(enc) {
    this._encoding = enc;
    return this;
  }

  resume() {
    this._start();
    return this;
  }

  pause() {
    return this;
  }

  pipe(dest) {
    this.on('data', (chunk) => dest.write(chunk));
    return dest;
  }

  _start() {
    if (this._started) return;
    this._started = true;
    loop.refHandle();
    loop.setImmediate(() => {
      loop.unrefHandle();
      const text = binding.readStdin();
      if (text.length > 0) this.emit('data', text);
      this.readable = false;
      this.emit('end');
      this.emit('close');
    });
  }

  async *[Symbol.asyncIterator]() {
    const chunks = [];
    let done = false;
    let wake;
    this.on('data', (c) => { chunks.push(c); wake?.(); });
    this.on('end', () => { done = true; wake?.(); });
    for (;;) {
      if (chunks.length) {
        yield chunks.shift();
        continue;
      }
      if (done) return;
      await new Promise((r) => { wake = r; });
      wake = undefined;
    }
  }
}

function createStdin() {
  return new ReadStream();
}

module.exports = { createWritable, createStdin };
