// fs.Dir (opendir): a directory's entries handed out one at a time. The
// listing is read when the directory is opened (WASI reads a directory in
// one stream, and the fd table should not fill with open directories), so
// entries created after opendir are not seen.
'use strict';

const { codes } = require('internal/errors');
const pathModule = require('path');
const U = require('internal/fs/utils');

function makeError(code, Base, message) {
  const err = new Base(message);
  err.code = code;
  require('internal/errors').fixStackName(err, `${Base.name} [${code}]`);
  return err;
}
const dirClosed = () => makeError('ERR_DIR_CLOSED', Error, 'Directory handle was closed');

const kEntries = Symbol('kDirEntries');
const kClosed = Symbol('kDirClosed');
const kPath = Symbol('kDirPath');

// Dir's read() and close(): a promise without a callback, else the callback
// (on a later tick); a closed Dir fails either way.
function promiseOrCallback(dir, callback, op) {
  if (callback === undefined) {
    if (dir[kClosed]) return Promise.reject(dirClosed());
    return U.deferred(op);
  }
  U.validateFunction(callback, 'callback');
  if (dir[kClosed]) {
    process.nextTick(callback, dirClosed());
    return undefined;
  }
  U.deliver(callback, op);
  return undefined;
}

class Dir {
  constructor(path, entries) {
    if (entries === undefined) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
  }

  get path() { return this[kPath]; }

  readSync() {
    if (this[kClosed]) throw dirClosed();
    return this[kEntries].shift() ?? null;
  }

  read(callback) {
    return promiseOrCallback(this, callback, () => this.readSync());
  }

  closeSync() {
    if (this[kClosed]) throw dirClosed();
    this[kClosed] = true;
    this[kEntries] = [];
  }

  close(callback) {
    return promiseOrCallback(this, callback, () => this.closeSync());
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}
if (Symbol.asyncDispose) {
  Dir.prototype[Symbol.asyncDispose] = function () { return this[kClosed] ? Promise.resolve() : this.close(); };
}
if (Symbol.dispose) {
  Dir.prototype[Symbol.dispose] = function () { if (!this[kClosed]) this.closeSync(); };
}

function prepOpendir(path, options) {
  path = U.getValidatedPath(path);
  options = U.getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) U.validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
  return [path, options.recursive === true];
}

// Node's synchronous opendir names no path in its errors; the
// asynchronous forms do.
function listEntries(path, recursive, withPath = false) {
  const out = [];
  const pending = [path];
  while (pending.length > 0) {
    const dir = pending.shift();
    let listing;
    try {
      listing = binding.fsReaddir(U.toNative(dir));
    } catch (err) {
      // Node names no path in opendir's errors.
      if (err.syscall === 'scandir') {
        err.syscall = 'opendir';
        err.message = err.message.replace(/scandir$/, 'opendir');
      }
      throw withPath ? U.withPath(err, dir) : err;
    }
    const [names, types] = listing;
    for (let i = 0; i < names.length; i++) {
      const type = U.direntType(dir, names[i], types[i]);
      out.push(new U.Dirent(names[i], type, dir));
      if (recursive && type === 2) pending.push(pathModule.join(dir, names[i]));
    }
  }
  return out;
}

function opendirSync(path, options) {
  const [p, recursive] = prepOpendir(path, options);
  return new Dir(p, listEntries(p, recursive));
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  U.validateFunction(callback, 'callback');
  const [p, recursive] = prepOpendir(path, typeof options === 'function' ? undefined : options);
  U.deliver(callback, () => new Dir(p, listEntries(p, recursive, true)));
}

function opendirPromise(path, options) {
  let prepared;
  try {
    prepared = prepOpendir(path, options);
  } catch (err) {
    return Promise.reject(err);
  }
  return U.deferred(() => new Dir(prepared[0], listEntries(...prepared, true)));
}

module.exports = { Dir, opendirSync, opendir, opendirPromise };
