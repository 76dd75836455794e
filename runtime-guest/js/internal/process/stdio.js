// process.stdout, process.stderr and process.stdin, as node:stream streams.
//
// Writes to stdout/stderr are synchronous, as Node's are for files and pipes:
// output appears as it is written and nothing is lost at exit. A reader that
// went away (EPIPE) fails the write and is reported as an 'error' event.
//
// Standard input is a Readable fed from the host's wasi:io input stream. It
// reads only while the stream wants data: the event loop watches the stream's
// pollable meanwhile (keeping the process alive), and stops watching when the
// consumer pauses or the buffer is full, so a big input flows through in
// bounded memory.
'use strict';

const { Writable, Readable } = require('stream');
const loop = require('internal/event_loop');

const STDIN_CHUNK = 64 * 1024;

function epipeError() {
  const err = new Error('write EPIPE');
  err.errno = -32;
  err.code = 'EPIPE';
  err.syscall = 'write';
  return err;
}

let Buffer;
function toBuffer(bytes) {
  Buffer ??= require('buffer').Buffer;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

class WriteStream extends Writable {
  constructor(fd, size) {
    super({ decodeStrings: false, emitClose: false, autoDestroy: true });
    this.fd = fd;
    this._writeNative = fd === 1 ? binding.writeStdout : binding.writeStderr;
    this.isTTY = size !== undefined && size !== null;
    if (this.isTTY) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  _write(chunk, encoding, callback) {
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
      chunk = (Buffer ??= require('buffer').Buffer).from(chunk, encoding);
    }
    const failure = this._writeNative(chunk);
    if (failure === undefined) callback();
    else callback(failure === 'EPIPE' ? epipeError() : new Error(`write failed: ${failure}`));
  }

  // Node never closes fd 1 and 2: destroying the stream leaves them open.
  _destroy(err, callback) {
    callback(err);
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

class ReadStream extends Readable {
  constructor(isTTY) {
    // Node's stdin (a pipe's socket) emits no 'close' after 'end'.
    super({ highWaterMark: STDIN_CHUNK, emitClose: false });
    this.fd = 0;
    this.isTTY = isTTY;
    if (isTTY) this.isRaw = false;
    this._handle = null;
    this._refed = true;
    this._watching = false;
  }

  _read() {
    if (this._handle === null) this._handle = binding.stdinHandle();
    let chunk;
    try {
      chunk = binding.ioRead(this._handle, STDIN_CHUNK);
    } catch (err) {
      this._stopWatching();
      this.destroy(err);
      return;
    }
    if (chunk === null) {
      this._stopWatching();
      this.push(null);
    } else if (chunk.length > 0) {
      this._stopWatching();
      this.push(toBuffer(chunk));
    } else if (!this._watching) {
      // Nothing yet: let the loop wait for the host to have more.
      this._watching = true;
      loop.watch(this._handle, () => {
        this._stopWatching();
        if (!this.destroyed) this._read();
      }, this._refed);
    }
  }

  _stopWatching() {
    if (this._watching) {
      this._watching = false;
      loop.unwatch(this._handle);
    }
  }

  _destroy(err, callback) {
    this._stopWatching();
    if (this._handle !== null) {
      binding.ioClose(this._handle);
      this._handle = null;
    }
    callback(err);
  }

  // As a pipe's net.Socket: an unref'd stdin does not keep the process alive.
  ref() {
    this._refed = true;
    if (this._watching) loop.refWatcher(this._handle, true);
    return this;
  }

  unref() {
    this._refed = false;
    if (this._watching) loop.refWatcher(this._handle, false);
    return this;
  }

  setRawMode(mode) {
    if (!this.isTTY) return this;
    const { codes } = require('internal/errors');
    if (mode) throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('process.stdin.setRawMode(true)');
    this.isRaw = false;
    return this;
  }
}

function createStdin() {
  return new ReadStream(binding.isatty(0));
}

module.exports = { createWritable, createStdin };
