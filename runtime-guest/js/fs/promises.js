// node:fs/promises — the promise forms of node:fs's operations, and
// FileHandle, an fd wrapped in an object whose methods return promises.
'use strict';

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const fs = require('fs');
const U = require('internal/fs/utils');

const ops = fs._promiseOps;
const low = fs._ops;

const kFd = Symbol('kFd');
const kClosing = Symbol('kClosing');

function fileClosed(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// Runs `op(fd)` later, or rejects when the handle is closed.
function onHandle(handle, syscall, op) {
  const fd = handle[kFd];
  if (fd === -1 || handle[kClosing]) return Promise.reject(fileClosed(syscall));
  return U.deferred(() => op(fd));
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosing] = false;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return this[kFd]; }

  read(bufferOrOptions, offset, length, position) {
    let buffer = bufferOrOptions;
    let args;
    try {
      if (!U.isArrayBufferView(buffer)) {
        const opts = bufferOrOptions ?? {};
        if (opts !== undefined) U.validateObject(opts, 'options');
        buffer = opts.buffer ?? U.Buffer().alloc(16384);
        args = low.prepRead(0, buffer, { offset: opts.offset, length: opts.length, position: opts.position }, 0, 0, 3);
      } else {
        args = low.prepRead(0, buffer, offset, length, position, arguments.length + 1);
      }
    } catch (err) {
      return Promise.reject(err);
    }
    return onHandle(this, 'read', (fd) => ({ bytesRead: low.readOp(fd, args[1], args[2], args[3], args[4]), buffer }));
  }

  write(buffer, offsetOrOptions, length, position) {
    let args;
    try {
      args = low.prepWrite(0, buffer, offsetOrOptions, length, position);
    } catch (err) {
      return Promise.reject(err);
    }
    return onHandle(this, 'write', (fd) => ({
      bytesWritten: low.writeOp(fd, args[1], args[2], args[3], args[4]),
      buffer: args[5],
    }));
  }

  readv(buffers, position) {
    let args;
    try {
      args = low.prepVec(0, buffers, position);
    } catch (err) {
      return Promise.reject(err);
    }
    return onHandle(this, 'readv', (fd) => ({ bytesRead: low.readvOp(fd, args[1], args[2]), buffers }));
  }

  writev(buffers, position) {
    let args;
    try {
      args = low.prepVec(0, buffers, position);
    } catch (err) {
      return Promise.reject(err);
    }
    return onHandle(this, 'writev', (fd) => ({ bytesWritten: low.writevOp(fd, args[1], args[2]), buffers }));
  }

  readFile(options) {
    let args;
    try {
      args = low.prepReadFile(0, options);
    } catch (err) {
      return Promise.reject(err);
    }
    return onHandle(this, 'readFile', (fd) => low.readFileOp(fd, args[1], args[2], args[3]));
  }

  writeFile(data, options) {
    return writeFileTo(this, data, options, 'w', 'writeFile');
  }

  appendFile(data, options) {
    return writeFileTo(this, data, options, 'a', 'appendFile');
  }

  stat(options) {
    return onHandle(this, 'fstat', (fd) => fs.fstatSync(fd, options));
  }

  truncate(len = 0) {
    return onHandle(this, 'ftruncate', (fd) => fs.ftruncateSync(fd, len));
  }

  sync() { return onHandle(this, 'fsync', (fd) => fs.fsyncSync(fd)); }

  datasync() { return onHandle(this, 'fdatasync', (fd) => fs.fdatasyncSync(fd)); }

  utimes(atime, mtime) {
    return onHandle(this, 'futime', (fd) => fs.futimesSync(fd, atime, mtime));
  }

  chmod() { return Promise.reject(U.notSupported('filehandle.chmod')); }

  chown() { return Promise.reject(U.notSupported('filehandle.chown')); }

  readableWebStream() { throw U.notSupported('filehandle.readableWebStream'); }

  close() {
    if (this[kClosing]) return this[kClosing];
    if (this[kFd] === -1) return Promise.resolve();
    const fd = this[kFd];
    // The handle reads as closed at once, as in Node.
    this[kFd] = -1;
    this[kClosing] = U.deferred(() => {
      try {
        fs.closeSync(fd);
      } finally {
        this[kClosing] = false;
      }
      this.emit('close');
    });
    return this[kClosing];
  }

  async* readLines(options) {
    const { createInterface } = require('readline');
    yield* createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}
if (Symbol.asyncDispose) {
  FileHandle.prototype[Symbol.asyncDispose] = function () { return this.close(); };
}

// Data for writeFile: bytes, or the chunks of an (async) iterable.
async function collect(data) {
  if (typeof data === 'string' || U.isArrayBufferView(data)) return [data];
  if (data != null && typeof data === 'object' &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')) {
    const chunks = [];
    for await (const chunk of data) chunks.push(chunk);
    return chunks;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function toBytes(chunk, encoding) {
  return typeof chunk === 'string' ? U.Buffer().from(chunk, encoding || 'utf8') : U.bytesView(chunk);
}

async function writeFileTo(handle, data, options, flag, syscall = 'writeFile') {
  if (handle.fd === -1) throw fileClosed(syscall);
  options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  const chunks = await collect(data, options.encoding);
  U.checkAborted(options.signal);
  for (const chunk of chunks) {
    const bytes = toBytes(chunk, options.encoding);
    await onHandle(handle, syscall, (fd) => low.writeAll(fd, bytes, -1));
  }
}

async function open(path, flags, mode) {
  const args = low.prepOpen(path, flags, mode);
  const fd = await U.deferred(() => low.openOp(...args));
  return new FileHandle(fd);
}

// The promise forms take a path or a FileHandle, never a plain fd.
async function readFile(path, options) {
  if (path instanceof FileHandle) return path.readFile(options);
  return ops.readFile(U.getValidatedPath(path), options);
}

async function writeOrAppend(path, data, options, flag) {
  if (path instanceof FileHandle) return writeFileTo(path, data, options, flag);
  path = U.getValidatedPath(path);
  if (typeof data === 'string' || U.isArrayBufferView(data)) {
    return flag === 'a' ? ops.appendFile(path, data, options) : ops.writeFile(path, data, options);
  }
  options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  const chunks = await collect(data, options.encoding);
  const handle = await open(path, options.flag, options.mode);
  try {
    await writeFileTo(handle, chunks.length === 1 ? chunks[0] : chunks, { ...options, flag: undefined });
  } finally {
    await handle.close();
  }
  return undefined;
}

module.exports = {
  access: ops.access,
  copyFile: ops.copyFile,
  cp: ops.cp,
  glob: ops.glob,
  open,
  opendir: ops.opendir,
  rename: ops.rename,
  truncate: ops.truncate,
  rm: ops.rm,
  rmdir: ops.rmdir,
  mkdir: ops.mkdir,
  readdir: ops.readdir,
  readlink: ops.readlink,
  symlink: ops.symlink,
  lstat: ops.lstat,
  stat: ops.stat,
  statfs: ops.statfs,
  link: ops.link,
  unlink: ops.unlink,
  chmod: ops.chmod,
  lchmod: ops.lchmod,
  lchown: ops.lchown,
  chown: ops.chown,
  utimes: ops.utimes,
  lutimes: ops.lutimes,
  realpath: ops.realpath,
  mkdtemp: ops.mkdtemp,
  writeFile: function writeFile(path, data, options) { return writeOrAppend(path, data, options, 'w'); },
  appendFile: function appendFile(path, data, options) { return writeOrAppend(path, data, options, 'a'); },
  readFile,
  watch: ops.watch,
  constants: U.constants,
};
Object.defineProperty(module.exports, 'FileHandle', { value: FileHandle, enumerable: false });
