// fs.ReadStream / fs.WriteStream on node:stream. Each read or write runs
// synchronously in the guest and reports through the event loop's
// completion queue, like the callback API, so stream events keep Node's
// asynchronous order. A FileHandle may stand in for `fd`.
'use strict';

const { Readable, Writable } = require('stream');
const { codes } = require('internal/errors');
const { queueCompletion } = require('internal/event_loop');
const U = require('internal/fs/utils');

const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');

function later(fn) { queueCompletion(fn); }
function low() { return require('fs')._ops; }

function takeFd(stream, options) {
  const fd = options.fd ?? null;
  if (fd === null) return null;
  if (typeof fd === 'object' && typeof fd.close === 'function' && 'fd' in fd) {
    stream[kHandle] = fd;
    return fd.fd;
  }
  return U.validateFd(fd);
}

function commonOptions(stream, path, options, defaultFlags) {
  stream[kHandle] = null;
  stream.fd = takeFd(stream, options);
  stream.path = stream.fd === null ? U.getValidatedPath(path) : undefined;
  if (stream.fd !== null && path !== undefined && path !== null) stream.path = toPathShown(path);
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  stream.autoClose = options.autoClose === undefined ? true : options.autoClose;
  U.parseFileMode(stream.mode, 'mode', 0o666);
  if (options.start !== undefined) U.validateInteger(options.start, 'start', 0);
  stream.start = options.start;
  stream[kIsPerformingIO] = false;
}

function toPathShown(p) { return typeof p === 'string' ? p : String(p); }

function openFor(stream) {
  return (callback) => {
    if (stream.fd !== null) {
      callback();
      return;
    }
    later(() => {
      let fd;
      try {
        fd = require('fs').openSync(stream.path, stream.flags, stream.mode);
      } catch (err) {
        callback(err);
        return;
      }
      stream.fd = fd;
      callback();
      stream.emit('open', fd);
      stream.emit('ready');
    });
  };
}

function closeFor(stream, err, cb) {
  if (stream.fd === null || !stream.autoClose) {
    cb(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  if (stream[kHandle]) {
    stream[kHandle].close().then(() => cb(err), (e) => cb(err || e));
    return;
  }
  later(() => {
    try {
      require('fs').closeSync(fd);
    } catch (e) {
      err ||= e;
    }
    cb(err);
  });
}

// ---- ReadStream --------------------------------------------------------------

// What ReadStream and WriteStream share: their Node stream base, `pending`
// until the file is open, and opening it in _construct.
function fileStreamBase(Stream, Base) {
  Object.setPrototypeOf(Stream.prototype, Base.prototype);
  Object.setPrototypeOf(Stream, Base);
  Object.defineProperty(Stream.prototype, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });
  Stream.prototype._construct = function _construct(callback) {
    openFor(this)(callback);
  };
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = typeof options === 'string' ? { encoding: options } : { ...(options ?? {}) };
  if (options.encoding) U.validateEncoding(options.encoding);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  commonOptions(this, path, options, 'r');
  this.end = options.end ?? Infinity;
  if (this.end !== Infinity) U.validateInteger(this.end, 'end', 0);
  if (this.start !== undefined && this.start > this.end) {
    throw new codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
  }
  this.pos = this.start;
  this.bytesRead = 0;
  Readable.call(this, options);
}
fileStreamBase(ReadStream, Readable);

ReadStream.prototype._read = function _read(n) {
  const want = this.end === Infinity ? n : Math.min(n, this.end - (this.pos ?? this.bytesRead) + 1);
  if (want <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  later(() => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone);
      return;
    }
    const buf = U.Buffer().allocUnsafeSlow(want);
    let got;
    try {
      got = binding.fsRead(this.fd, buf, 0, want, this.pos ?? -1);
    } catch (err) {
      this.destroy(err);
      return;
    }
    if (this.pos !== undefined) this.pos += got;
    this.bytesRead += got;
    if (got === 0) this.push(null);
    else this.push(got === want ? buf : buf.subarray(0, got));
  });
};

const kIoDone = Symbol('kIoDone');

ReadStream.prototype._destroy = function _destroy(err, cb) {
  // A read still queued finishes first, so the fd is not closed under it.
  if (this[kIsPerformingIO]) this.once(kIoDone, () => closeFor(this, err, cb));
  else closeFor(this, err, cb);
};

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') require('stream').finished(this, cb);
  this.destroy();
};

// ---- WriteStream ---------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = typeof options === 'string' ? { encoding: options } : { ...(options ?? {}) };
  if (options.encoding) {
    U.validateEncoding(options.encoding);
    options.defaultEncoding = options.encoding;
    delete options.encoding;
  }
  options.decodeStrings = true;
  commonOptions(this, path, options, 'w');
  if (options.flush !== undefined) U.validateBoolean(options.flush, 'options.flush');
  this.flush = options.flush === true;
  this.pos = this.start;
  this.bytesWritten = 0;
  Writable.call(this, options);
}
fileStreamBase(WriteStream, Writable);

function writeChunks(stream, chunks, cb) {
  stream[kIsPerformingIO] = true;
  later(() => {
    stream[kIsPerformingIO] = false;
    // A write already under way when the stream was destroyed still lands
    // on disk, then reports the destroy (as Node's thread-pool write does).
    if (stream.destroyed && stream.fd !== null) {
      try {
        for (const chunk of chunks) low().writeAll(stream.fd, U.bytesView(chunk), -1);
      } catch {
        // The destroy is what gets reported.
      }
      const err = new codes.ERR_STREAM_DESTROYED('write');
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    try {
      for (const chunk of chunks) {
        const bytes = U.bytesView(chunk);
        let done = 0;
        while (done < bytes.length) {
          const at = stream.pos === undefined ? -1 : stream.pos + done;
          done += binding.fsWrite(stream.fd, bytes, done, bytes.length - done, at);
        }
        if (stream.pos !== undefined) stream.pos += bytes.length;
        stream.bytesWritten += bytes.length;
      }
    } catch (err) {
      cb(err);
      stream.emit(kIoDone);
      return;
    }
    cb();
    stream.emit(kIoDone);
  });
}

WriteStream.prototype._write = function _write(chunk, encoding, cb) {
  writeChunks(this, [chunk], cb);
};

WriteStream.prototype._writev = function _writev(data, cb) {
  writeChunks(this, data.map((d) => d.chunk), cb);
};

WriteStream.prototype._final = function _final(cb) {
  if (!this.flush) {
    cb();
    return;
  }
  later(() => {
    try {
      binding.fsFsync(this.fd);
    } catch (err) {
      cb(err);
      return;
    }
    cb();
  });
};

WriteStream.prototype._destroy = function _destroy(err, cb) {
  // The error of a write that was under way is the destroy's error.
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeFor(this, err || er, cb));
  else closeFor(this, err, cb);
};

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // An unended stream is ended first, so buffered data is written.
  if (!this.writableEnded) this.end();
  else if (!this.destroyed) this.destroy();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
