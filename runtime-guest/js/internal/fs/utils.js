// Shared pieces of node:fs: constants, argument validation with Node's
// errors, paths, Stats/BigIntStats, Dirent, and the glue that turns one
// synchronous operation into its callback and promise forms.
//
// Stats.mode: WASI has no permission bits, so the permission part of `mode`
// says what the sandbox allows: 0o644 (files) / 0o755 (directories) where the
// path is writable under the grants, 0o444 / 0o555 where it is read-only.
// uid and gid are 0, as WASI reports.
'use strict';

const { codes } = require('internal/errors');
const { queueCompletion } = require('internal/event_loop');
const pathModule = require('path');

const constants = Object.assign(Object.create(null), {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000,
  S_IFBLK: 0o60000, S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

let BufferCtor;
function Buffer() { return BufferCtor ??= require('buffer').Buffer; }

// ---- errors ----------------------------------------------------------------

// The natives throw `CODE: text, syscall`; the path the program gave (not
// the absolute one handed to WASI) is added here, as Node reports it.
function withPath(err, path, dest) {
  if (typeof path === 'string') {
    const denied = require('internal/fs/permissions').accessDeniedFor(err, path, dest);
    if (denied !== undefined) return denied;
  }
  if (err === null || typeof err !== 'object' || typeof err.syscall !== 'string' || 'path' in err) return err;
  if (path === undefined) return err;
  let msg = `${err.message} '${path}'`;
  if (dest !== undefined) msg += ` -> '${dest}'`;
  Object.defineProperty(err, 'message', { value: msg, writable: true, enumerable: false, configurable: true });
  err.path = path;
  if (dest !== undefined) err.dest = dest;
  if (typeof err.stack === 'string') {
    const nl = err.stack.indexOf('\n');
    err.stack = `Error: ${msg}${nl === -1 ? '' : err.stack.slice(nl)}`;
  }
  return err;
}

function notSupported(what) {
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(what);
}

function fileTooLarge(size) {
  const err = new RangeError(`File size (${size}) is greater than 2 GiB`);
  err.code = 'ERR_FS_FILE_TOO_LARGE';
  require('internal/errors').fixStackName(err, 'RangeError [ERR_FS_FILE_TOO_LARGE]');
  return err;
}

// ---- validators ------------------------------------------------------------

const {
  validateFunction, validateBoolean, validateObject, validateInteger, validateInt32, validateUint32,
  validateAbortSignal,
} = require('internal/validators');

function validateFd(fd) {
  validateInt32(fd, 'fd', 0);
  return fd;
}

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function validateEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer().isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// options: undefined/null/function → defaults; a string is the encoding.
function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else {
    options = { ...defaults, ...options };
  }
  validateEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function checkAborted(signal) {
  if (signal?.aborted) {
    const { AbortError } = require('internal/errors');
    throw new AbortError(undefined, { cause: signal.reason });
  }
}

const FLAGS = {
  r: 0, rs: 0o4010000, sr: 0o4010000, 'r+': 2, 'rs+': 0o4010002, 'sr+': 0o4010002,
  w: 0o1101, wx: 0o1301, xw: 0o1301, 'w+': 0o1102, 'wx+': 0o1302, 'xw+': 0o1302,
  a: 0o2101, ax: 0o2301, xa: 0o2301, as: 0o4012101, sa: 0o4012101,
  'a+': 0o2102, 'ax+': 0o2302, 'xa+': 0o2302, 'as+': 0o4012102, 'sa+': 0o4012102,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return 0;
  const n = Object.hasOwn(FLAGS, flags) ? FLAGS[flags] : undefined;
  if (n === undefined) throw new codes.ERR_INVALID_ARG_VALUE(name, flags);
  return n;
}

// ---- paths -----------------------------------------------------------------

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

// The program's path as a string (Buffer and file: URL accepted), checked
// for NUL bytes as Node does.
let lastPlainPath;
function getValidatedPath(path, name = 'path') {
  const given = path;
  if (isURL(path)) path = require('url').fileURLToPath(path);
  else if (path instanceof Uint8Array) path = Buffer().from(path.buffer, path.byteOffset, path.byteLength).toString();
  if (typeof path !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  const kind = binding.fsPathKind(path);
  // Remembered for toNative, which usually gets this very string next.
  lastPlainPath = kind === 0 ? path : undefined;
  if (kind === 2) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, given, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// The absolute path wasi-libc gets (it knows no working directory). A
// trailing slash is kept: it makes a path through a file ENOTDIR.
function toNative(path) {
  // Fast path: an absolute path with nothing to normalise is used as is
  // (path.resolve is a large part of a small readFileSync otherwise).
  if (path === lastPlainPath || binding.fsPathKind(path) === 0) return path;
  const abs = pathModule.resolve(path);
  if (path.length > 1 && path.endsWith('/') && abs !== '/') return `${abs}/`;
  return abs;
}

// ---- Stats -----------------------------------------------------------------

const S_IFMT = 0o170000;
const statValues = new Float64Array(16);

function msOf(sec, nsec) { return sec * 1e3 + nsec / 1e6; }
function dateOf(ms) { return new Date(Math.round(ms)); }

// A plain function (not a class) so that Stats can call it on `this`.
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

function kindOf(stats) { return Number(stats.mode) & S_IFMT; }
const kindChecks = {
  isDirectory: 0o40000, isFile: 0o100000, isBlockDevice: 0o60000, isCharacterDevice: 0o20000,
  isSymbolicLink: 0o120000, isFIFO: 0o10000, isSocket: 0o140000,
};
for (const [name, kind] of Object.entries(kindChecks)) {
  Object.defineProperty(StatsBase.prototype, name, {
    value: { [name]() { return kindOf(this) === kind; } }[name],
    writable: true, enumerable: false, configurable: true,
  });
}

// Dates are made on first read (as Node 22 does) and can be replaced.
function defineDates(proto, toMs) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    Object.defineProperty(proto, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = dateOf(toMs(this[`${name}Ms`]));
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
defineDates(Stats.prototype, (ms) => ms);
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
defineDates(BigIntStats.prototype, (ms) => Number(ms));
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// WASI reports no birth time; like libuv without statx, ctime stands in.
function statsFrom(v, bigint) {
  if (bigint) {
    const B = (x) => BigInt(Math.trunc(x));
    const ns = (s, n) => BigInt(s) * 1000000000n + BigInt(n);
    return new BigIntStats(B(v[0]), B(v[1]), B(v[2]), B(v[3]), B(v[4]), B(v[5]), B(v[6]), B(v[7]),
      B(v[8]), B(v[9]), ns(v[10], v[11]), ns(v[12], v[13]), ns(v[14], v[15]), ns(v[14], v[15]));
  }
  return new Stats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
    msOf(v[10], v[11]), msOf(v[12], v[13]), msOf(v[14], v[15]), msOf(v[14], v[15]));
}

// ---- Dirent ----------------------------------------------------------------

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === 2; }
  isFile() { return this[kType] === 1; }
  isBlockDevice() { return this[kType] === 7; }
  isCharacterDevice() { return this[kType] === 6; }
  isSymbolicLink() { return this[kType] === 3; }
  isFIFO() { return this[kType] === 4; }
  isSocket() { return this[kType] === 5; }
}

// A type the directory listing left unknown is looked up with lstat.
function direntType(dir, name, type) {
  if (type !== 0) return type;
  try {
    binding.fsStat(toNative(pathModule.join(dir, name)), false, statValues);
  } catch {
    return 0;
  }
  switch (statValues[1] & S_IFMT) {
    case 0o100000: return 1;
    case 0o40000: return 2;
    case 0o120000: return 3;
    case 0o10000: return 4;
    case 0o140000: return 5;
    case 0o20000: return 6;
    case 0o60000: return 7;
    default: return 0;
  }
}

// ---- buffers ----------------------------------------------------------------

// Any ArrayBufferView as a Uint8Array over the same memory.
function bytesView(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

function encodeResult(buffer, encoding) {
  if (!encoding || encoding === 'buffer') return buffer;
  return buffer.toString(encoding);
}

// A Buffer over the ArrayBuffer a native returned, without copying.
// Buffer's own subclass (its species) is constructed directly: Buffer.from
// costs several times more in QuickJS, on every readFileSync.
let FastBufferCtor;
function toBufferFromNative(ab) {
  if (FastBufferCtor === undefined) {
    const B = Buffer();
    const species = Object.getOwnPropertyDescriptor(B, Symbol.species)?.get?.call(B);
    FastBufferCtor = typeof species === 'function' && species.prototype === B.prototype ? species : null;
  }
  if (FastBufferCtor === null) return Buffer().from(ab);
  return new FastBufferCtor(ab);
}

// ---- callback and promise forms --------------------------------------------

// The callback of a callback-form call, taken out of `args`. Node looks
// for it at the last declared parameter (`arity`, callback included), or as
// the last argument when fewer were passed; arity 0 means "the last
// argument, if it is a function". A missing or wrong callback is reported
// as the value at that place.
function takeCallback(args, arity) {
  const n = typeof arity === 'function' ? arity(args) : arity;
  let idx = -1;
  if (n > 0 && args.length >= n) idx = n - 1;
  else if (typeof args[args.length - 1] === 'function') idx = args.length - 1;
  const cb = idx >= 0 ? args[idx] : undefined;
  if (typeof cb !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('cb', 'function', cb);
  args.length = idx;
  return cb;
}

// Runs `op` later (the poll phase) and hands its outcome to `cb`.
function deliver(cb, op) {
  queueCompletion(() => {
    let result;
    try {
      result = op();
    } catch (err) {
      cb(err);
      return;
    }
    cb(null, result);
  });
}

// The same, as a promise.
function deferred(op) {
  return new Promise((resolve, reject) => {
    queueCompletion(() => {
      try {
        resolve(op());
      } catch (err) {
        reject(err);
      }
    });
  });
}

module.exports = {
  constants, kIoMaxLength, kMaxUserId, Buffer,
  withPath, notSupported, fileTooLarge,
  validateFunction, validateBoolean, validateObject, validateInteger, validateInt32, validateUint32,
  validateFd, parseFileMode, validateEncoding, getOptions, validateAbortSignal, checkAborted,
  stringToFlags, getValidatedPath, toNative,
  Stats, BigIntStats, statsFrom, statValues, Dirent, direntType,
  bytesView, isArrayBufferView, encodeResult, toBufferFromNative,
  takeCallback, deliver, deferred,
};
