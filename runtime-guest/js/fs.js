// node:fs — files through wasi-libc (src/fs.rs). Every operation runs
// synchronously in the guest; the callback forms hand their result to the
// event loop's poll phase (internal/event_loop queueCompletion), and
// fs/promises wraps the same operations in promises. Argument validation
// throws synchronously, as in Node; operation errors go to the callback.
'use strict';

const { codes } = require('internal/errors');
const pathModule = require('path');
const U = require('internal/fs/utils');
const {
  constants, kIoMaxLength, withPath, notSupported, fileTooLarge,
  validateFunction, validateBoolean, validateObject, validateInteger, validateFd, parseFileMode,
  getOptions, checkAborted, stringToFlags, getValidatedPath, toNative,
  Stats, statsFrom, statValues, Dirent, direntType, bytesView, isArrayBufferView, encodeResult,
  toBufferFromNative, takeCallback, deliver, deferred,
} = U;

const fs = exports;

function Buf() { return U.Buffer(); }

// Runs a native on a path and reports failures with the program's path.
const { noteOpen } = require('internal/fs/permissions');

function onPath(path, dest, fn) {
  try {
    return fn();
  } catch (err) {
    throw withPath(err, path, dest);
  }
}

// Defines nameSync, name (callback) and the promise form from one
// validation step (`prep`, throws synchronously) and one operation.
const promiseOps = {};
function defineOp(name, arity, prep, op) {
  const sync = { [`${name}Sync`](...args) { return op(...prep(...args)); } }[`${name}Sync`];
  const cbForm = {
    [name](...args) {
      const cb = takeCallback(args, arity);
      const prepared = prep(...args);
      deliver(cb, () => op(...prepared));
    },
  }[name];
  const promiseForm = {
    [name](...args) {
      let prepared;
      try {
        prepared = prep(...args);
      } catch (err) {
        return Promise.reject(err);
      }
      return deferred(() => op(...prepared));
    },
  }[name];
  fs[`${name}Sync`] = sync;
  fs[name] = cbForm;
  promiseOps[name] = promiseForm;
}

// ---- open / close ----------------------------------------------------------

function prepOpen(path, flags, mode) {
  path = getValidatedPath(path);
  return [path, stringToFlags(flags ?? 'r'), parseFileMode(mode, 'mode', 0o666)];
}
function openOp(path, flags, mode) {
  noteOpen(flags);
  return onPath(path, undefined, () => binding.fsOpen(toNative(path), flags, mode));
}
defineOp('open', (a) => (a.length <= 2 ? 2 : 4), prepOpen, openOp);

defineOp('close', 2, (fd) => [validateFd(fd)], (fd) => { binding.fsClose(fd); });
// close's callback is optional in Node; errors without one are dropped.
{
  const closeWithCb = fs.close;
  // Without a callback, an error is thrown from the loop (uncaught).
  const defaultCloseCallback = (err) => { if (err != null) throw err; };
  fs.close = function close(fd, callback = defaultCloseCallback) {
    return closeWithCb(fd, callback);
  };
}

// ---- read / write ----------------------------------------------------------

function validatePosition(position, name = 'position') {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    if (position < -1n || position > 2n ** 63n - 1n) {
      throw new codes.ERR_OUT_OF_RANGE(name, `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  if (typeof position !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  validateInteger(position, name, -1);
  return position;
}

function checkBufferArg(buffer) {
  if (!isArrayBufferView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// [fd, view, offset, length, position] for read, from Node's three forms:
// (fd, buffer, offset, length, position), (fd, buffer, options) and
// (fd, options-with-buffer).
function prepRead(fd, buffer, offsetOrOptions, length, position, argc) {
  validateFd(fd);
  let offset = offsetOrOptions;
  if (argc <= 3 || (offsetOrOptions !== null && typeof offsetOrOptions === 'object')) {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options');
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  checkBufferArg(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  validateInteger(length, 'length');
  if (length < 0) throw new codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > buffer.byteLength) {
    throw new codes.ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  return [fd, buffer, offset, length, validatePosition(position)];
}

function readOp(fd, buffer, offset, length, position) {
  if (length === 0) return 0;
  return binding.fsRead(fd, bytesView(buffer), offset, length, position);
}

fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
  return readOp(...prepRead(fd, buffer, offsetOrOptions, length, position, arguments.length));
};

fs.read = function read(fd, ...args) {
  const cb = takeCallback(args, 0);
  let prepared;
  if (args.length === 0 || (args.length === 1 && !isArrayBufferView(args[0]))) {
    // read(fd, cb) or read(fd, { buffer, offset, length, position }, cb)
    const opts = args[0] ?? {};
    validateObject(opts, 'options');
    const buffer = opts.buffer ?? Buf().alloc(16384);
    prepared = prepRead(fd, buffer, { offset: opts.offset, length: opts.length, position: opts.position }, 0, 0, 3);
  } else {
    prepared = prepRead(fd, args[0], args[1], args[2], args[3], args.length + 1);
  }
  queueCompletionCb(cb, () => readOp(...prepared), (n) => [n, prepared[1]]);
};

// Callback with several results: cb(null, ...spread(result)).
function queueCompletionCb(cb, op, spread) {
  deliver((err, result) => (err ? cb(err) : cb(null, ...spread(result))), op);
}

// write takes any position: a non-integer means "the current position".
function loosePosition(position) {
  if (typeof position === 'bigint') return Number(position);
  return typeof position === 'number' && Number.isSafeInteger(position) && position >= 0 ? position : -1;
}

// [fd, view, offset, length, position, shown] for write; strings are
// encoded first (an unknown encoding falls back to UTF-8, as in Node).
function prepWrite(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (offset > buffer.byteLength) throw new codes.ERR_OUT_OF_RANGE('offset', `<= ${buffer.byteLength}`, offset);
    validateInteger(length, 'length', 0);
    if (length > buffer.byteLength - offset) {
      throw new codes.ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
    }
    return [fd, buffer, offset, length, loosePosition(position), buffer];
  }
  if (typeof buffer !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // write(fd, string, position, encoding)
  const encoding = typeof length === 'string' && Buf().isEncoding(length) ? length : 'utf8';
  const bytes = Buf().from(buffer, encoding);
  return [fd, bytes, 0, bytes.length, loosePosition(offsetOrOptions), buffer];
}

function writeOp(fd, buffer, offset, length, position) {
  if (length === 0) return 0;
  return binding.fsWrite(fd, bytesView(buffer), offset, length, position);
}

fs.writeSync = function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const p = prepWrite(fd, buffer, offsetOrOptions, length, position);
  return writeOp(p[0], p[1], p[2], p[3], p[4]);
};

fs.write = function write(fd, ...args) {
  const cb = takeCallback(args, 0);
  const p = prepWrite(fd, ...args);
  queueCompletionCb(cb, () => writeOp(p[0], p[1], p[2], p[3], p[4]), (n) => [n, p[5]]);
};

function prepVec(fd, buffers, position) {
  validateFd(fd);
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    const err = new codes.ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
    throw retitle(err, 'an instance of ArrayBufferView[]', 'an ArrayBufferView[]');
  }
  return [fd, buffers, position == null ? -1 : validatePosition(position)];
}

// Rewords a Node error whose message our generic builder words differently.
function retitle(err, from, to) {
  const fixed = err.message.replace(from, to);
  if (typeof err.stack === 'string') err.stack = err.stack.replace(err.message, fixed);
  Object.defineProperty(err, 'message', { value: fixed, enumerable: false, writable: true, configurable: true });
  return err;
}

function readvOp(fd, buffers, position) {
  let total = 0;
  for (const b of buffers) {
    if (b.byteLength === 0) continue;
    const n = binding.fsRead(fd, bytesView(b), 0, b.byteLength, position < 0 ? -1 : position + total);
    total += n;
    if (n < b.byteLength) break;
  }
  return total;
}

function writevOp(fd, buffers, position) {
  let total = 0;
  for (const b of buffers) total += writeAll(fd, bytesView(b), position < 0 ? -1 : position + total);
  return total;
}

// Writes all of `bytes` (write may take fewer at a time).
function writeAll(fd, bytes, position) {
  let done = 0;
  while (done < bytes.length) {
    const n = binding.fsWrite(fd, bytes, done, bytes.length - done, position < 0 ? -1 : position + done);
    if (n <= 0) break;
    done += n;
  }
  return done;
}

fs.readvSync = function readvSync(fd, buffers, position) { return readvOp(...prepVec(fd, buffers, position)); };
fs.writevSync = function writevSync(fd, buffers, position) { return writevOp(...prepVec(fd, buffers, position)); };
fs.readv = function readv(fd, ...args) {
  const cb = takeCallback(args, 0);
  const p = prepVec(fd, ...args);
  queueCompletionCb(cb, () => readvOp(...p), (n) => [n, p[1]]);
};
fs.writev = function writev(fd, ...args) {
  const cb = takeCallback(args, 0);
  const p = prepVec(fd, ...args);
  queueCompletionCb(cb, () => writevOp(...p), (n) => [n, p[1]]);
};

// ---- whole files -------------------------------------------------------------

// Node's test is "an int32", which throws for a BigInt: other numbers
// (42.5, 2 ** 31) are then rejected as paths, and -1 as an fd.
function isFd(v) {
  if (typeof v === 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  return typeof v === 'number' && (v | 0) === v;
}

function prepReadFile(path, options) {
  // Without options (the common case) no options object is built.
  const plain = options == null || typeof options === 'function';
  if (!plain) options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? validateFd(path) : getValidatedPath(path);
  if (plain) return [target, 0, undefined, undefined];
  return [target, stringToFlags(options.flag), options.encoding, options.signal];
}

function readFileOp(target, flags, encoding, signal) {
  if (signal !== undefined) checkAborted(signal);
  const utf8 = encoding === 'utf8' || encoding === 'utf-8';
  const native = typeof target === 'number' ? target : toNative(target);
  let result;
  try {
    noteOpen(flags);
    result = binding.fsReadFile(native, flags, utf8);
  } catch (err) {
    // Node names the path only when opening fails.
    throw err?.syscall === 'open' && !isFd(target) ? withPath(err, target) : err;
  }
  if (typeof result === 'number') throw fileTooLarge(result);
  if (utf8) return result;
  return encodeResult(toBufferFromNative(result), encoding);
}
defineOp('readFile', 3, prepReadFile, readFileOp);
// The hottest file call (loaders and config readers make thousands) skips
// the generic wrapper: its rest and spread calls cost QuickJS more than
// the host calls do.
fs.readFileSync = function readFileSync(path, options) {
  const p = prepReadFile(path, options);
  return readFileOp(p[0], p[1], p[2], p[3]);
};

function dataBytes(data, encoding) {
  if (typeof data === 'string') return Buf().from(data, encoding || 'utf8');
  if (isArrayBufferView(data)) return bytesView(data);
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function prepWriteFile(path, data, options, defaultFlag = 'w') {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const target = isFd(path) ? validateFd(path) : getValidatedPath(path);
  const bytes = dataBytes(data, options.encoding);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (options.flush !== undefined) validateBoolean(options.flush, 'options.flush');
  return [target, bytes, stringToFlags(options.flag), mode, options.flush === true, options.signal];
}

function writeFileOp(target, bytes, flags, mode, flush, signal) {
  checkAborted(signal);
  if (isFd(target)) {
    writeAll(target, bytes, -1);
    if (flush) binding.fsFsync(target);
    return;
  }
  const fd = openOp(target, flags, mode);
  try {
    writeAll(fd, bytes, -1);
    if (flush) binding.fsFsync(fd);
  } finally {
    binding.fsClose(fd);
  }
}
defineOp('writeFile', 4, prepWriteFile, writeFileOp);
defineOp('appendFile', 4, (p, d, o) => prepWriteFile(p, d, o, 'a'), writeFileOp);

// ---- stat --------------------------------------------------------------------

function prepStat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const bigint = options?.bigint === true;
  return [path, bigint, options?.throwIfNoEntry !== false];
}

function statOp(follow, path, bigint, throwIfNoEntry) {
  const found = onPath(path, undefined,
    () => binding.fsStat(toNative(path), follow, statValues, !throwIfNoEntry));
  return found ? statsFrom(statValues, bigint) : undefined;
}
defineOp('stat', 3, prepStat, (...a) => statOp(true, ...a));
defineOp('lstat', 3, prepStat, (...a) => statOp(false, ...a));
defineOp('fstat', 3, (fd, options) => [validateFd(fd), options?.bigint === true], (fd, bigint) => {
  binding.fsFstat(fd, statValues);
  return statsFrom(statValues, bigint);
});

defineOp('statfs', 3, (path) => [getValidatedPath(path)], () => {
  throw notSupported('fs.statfs');
});

// ---- directories ----------------------------------------------------------------

function prepReaddir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return [path, options.encoding, options.withFileTypes === true, options.recursive === true];
}

function listDir(path) {
  return onPath(path, undefined, () => binding.fsReaddir(toNative(path)));
}

function readdirOp(path, encoding, withFileTypes, recursive) {
  const out = [];
  const visit = (dir, rel) => {
    const [names, types] = listDir(dir);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const type = withFileTypes || recursive ? direntType(dir, name, types[i]) : 0;
      if (withFileTypes) out.push(new Dirent(name, type, dir));
      else out.push(rel === '' ? name : pathModule.join(rel, name));
      if (recursive && type === 2) pending.push([pathModule.join(dir, name), rel === '' ? name : pathModule.join(rel, name)]);
    }
  };
  const pending = [];
  visit(path, '');
  // Node lists the top directory first, then each subdirectory in turn.
  while (pending.length > 0) visit(...pending.shift());
  if (encoding && encoding !== 'utf8' && !withFileTypes) {
    return out.map((n) => (encoding === 'buffer' ? Buf().from(n) : Buf().from(n).toString(encoding)));
  }
  return out;
}
defineOp('readdir', 3, prepReaddir, readdirOp);

function prepMkdir(path, options, modeName = 'mode') {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
    recursive = options.recursive === true;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, modeName);
  }
  return [getValidatedPath(path), recursive, mode];
}

function mkdirOp(path, recursive, mode) {
  if (!recursive) {
    onPath(path, undefined, () => binding.fsMkdir(toNative(path), mode));
    return undefined;
  }
  // Create the missing ancestors top-down; report the first one created.
  const abs = toNative(path);
  const missing = [];
  let cur = abs;
  for (;;) {
    if (binding.fsStat(cur, true, statValues, true)) {
      if ((statValues[1] & 0o170000) !== 0o40000) {
        // The path itself is a file: EEXIST; a file on the way: ENOTDIR.
        if (cur === abs.replace(/\/$/, '')) return onPath(path, undefined, () => binding.fsMkdir(abs, mode));
        throw withPath(enotdir('mkdir'), path);
      }
      break;
    }
    missing.push(cur);
    const parent = pathModule.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  let first;
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      binding.fsMkdir(missing[i], mode);
    } catch (err) {
      if (err.code === 'EEXIST') continue;
      throw withPath(err, path);
    }
    first ??= i;
  }
  if (first === undefined) return undefined;
  // Report it in the program's own form: as many levels up from `path`.
  let shown = path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path;
  for (let i = 0; i < first; i++) shown = pathModule.dirname(shown);
  return shown;
}

function enotdir(syscall) {
  const err = new Error(`ENOTDIR: not a directory, ${syscall}`);
  err.errno = -20;
  err.code = 'ENOTDIR';
  err.syscall = syscall;
  return err;
}
defineOp('mkdir', 3, prepMkdir, mkdirOp);
// mkdirSync names the option as a property in its errors.
fs.mkdirSync = function mkdirSync(path, options) { return mkdirOp(...prepMkdir(path, options, 'options.mode')); };

function prepMkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return [prefix, options.encoding];
}

const TEMP_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function mkdtempOp(prefix, encoding) {
  for (let attempt = 0; ; attempt++) {
    let suffix = '';
    for (let i = 0; i < 6; i++) suffix += TEMP_CHARS[(binding.randomU32() >>> 0) % TEMP_CHARS.length];
    const path = prefix + suffix;
    try {
      binding.fsMkdir(toNative(path), 0o700);
      return encoding === 'buffer' ? Buf().from(path) : path;
    } catch (err) {
      if (err.code === 'EEXIST' && attempt < 100) continue;
      if (err.syscall === 'mkdir') {
        err.syscall = 'mkdtemp';
        err.message = err.message.replace(/mkdir$/, 'mkdtemp');
      }
      throw withPath(err, `${prefix}XXXXXX`);
    }
  }
}
defineOp('mkdtemp', 3, prepMkdtemp, mkdtempOp);

// ---- removal -----------------------------------------------------------------

function prepRmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return [path, options?.recursive === true];
}
defineOp('rmdir', 3, prepRmdir, (path, recursive) => {
  if (recursive) return rmOp(path, true, false);
  onPath(path, undefined, () => binding.fsRmdir(toNative(path)));
  return undefined;
});

defineOp('unlink', 2, (path) => [getValidatedPath(path)], (path) => {
  onPath(path, undefined, () => binding.fsUnlink(toNative(path)));
});

function prepRm(path, options) {
  path = getValidatedPath(path);
  if (options !== undefined) validateObject(options, 'options');
  const force = options?.force ?? false;
  const recursive = options?.recursive ?? false;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  return [path, recursive, force];
}

function systemError(key, ctx, prefix) {
  const { fixStackName } = require('internal/errors');
  const err = new Error(`${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message}) ${ctx.path}`);
  err.name = 'SystemError';
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  err.code = key;
  err.info = ctx;
  err.errno = ctx.errno;
  err.syscall = ctx.syscall;
  err.path = ctx.path;
  fixStackName(err, `SystemError [${key}]`);
  err.toString = function toString() { return `SystemError [${key}]: ${this.message}`; };
  Object.defineProperty(err, 'toString', { enumerable: false });
  return err;
}

function rmOp(path, recursive, force) {
  const abs = toNative(path);
  let found;
  try {
    found = binding.fsStat(abs, false, statValues, force);
  } catch (err) {
    throw withPath(err, path);
  }
  if (!found) return undefined;
  if ((statValues[1] & 0o170000) === 0o40000) {
    if (!recursive) {
      throw systemError('ERR_FS_EISDIR',
        { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 }, 'Path is a directory');
    }
    removeTree(abs, path);
  } else {
    onPath(path, undefined, () => binding.fsUnlink(abs));
  }
  return undefined;
}

function removeTree(abs, shown) {
  const [names, types] = listDir(abs);
  for (let i = 0; i < names.length; i++) {
    const child = pathModule.join(abs, names[i]);
    if (direntType(abs, names[i], types[i]) === 2) removeTree(child, child);
    else onPath(child, undefined, () => binding.fsUnlink(child));
  }
  onPath(shown, undefined, () => binding.fsRmdir(abs));
}
defineOp('rm', 3, prepRm, rmOp);

// ---- names and links ------------------------------------------------------------

function prepTwoPaths(a, b, aName, bName) {
  return [getValidatedPath(a, aName), getValidatedPath(b, bName)];
}

defineOp('rename', 3, (a, b) => prepTwoPaths(a, b, 'oldPath', 'newPath'), (a, b) => {
  onPath(a, b, () => binding.fsRename(toNative(a), toNative(b)));
});
defineOp('link', 3, (a, b) => prepTwoPaths(a, b, 'existingPath', 'newPath'), (a, b) => {
  onPath(a, b, () => binding.fsLink(toNative(a), toNative(b)));
});
defineOp('symlink', 4, (target, path, type) => {
  const p = prepTwoPaths(target, path, 'target', 'path');
  if (type != null && !['dir', 'file', 'junction'].includes(type)) {
    const err = new Error(`Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
    err.code = 'ERR_FS_INVALID_SYMLINK_TYPE';
    throw err;
  }
  return p;
}, (target, path) => {
  onPath(target, path, () => binding.fsSymlink(storedTarget(target, path), toNative(path)));
});

// A link's text is stored as given, except that an absolute target is
// stored relative to the link's directory: WASI (cap-std) refuses to create
// links with absolute targets. The link reaches the same file; readlink
// shows the relative text.
function storedTarget(target, linkPath) {
  if (!pathModule.isAbsolute(target)) return target;
  return pathModule.relative(pathModule.dirname(toNative(linkPath)), target) || '.';
}

function prepWithEncoding(path, options) {
  options = getOptions(options);
  return [getValidatedPath(path), options.encoding];
}

function encodePathResult(s, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return s;
  return encoding === 'buffer' ? Buf().from(s) : Buf().from(s).toString(encoding);
}

defineOp('readlink', 3, prepWithEncoding, (path, encoding) =>
  encodePathResult(onPath(path, undefined, () => binding.fsReadlink(toNative(path))), encoding));

// realpath reports a missing path as lstat of the absolute path (the JS
// algorithm in Node), realpath.native as realpath of the given one.
function realpathOp(path, encoding) {
  const abs = toNative(path);
  try {
    return encodePathResult(binding.fsRealpath(abs), encoding);
  } catch (err) {
    throw realpathError(err, abs);
  }
}

// Node's realpath walks the path with lstat and stats each link; its error
// names the step that failed: lstat of the first missing component, or
// stat of a link whose target is missing.
function realpathError(err, abs) {
  if (err.code !== 'ENOENT') return renameSyscall(err, 'lstat', abs);
  const parts = abs.split('/').filter(Boolean);
  for (let i = parts.length; i > 0; i--) {
    const prefix = `/${parts.slice(0, i).join('/')}`;
    if (!binding.fsStat(prefix, false, statValues, true)) continue;
    if ((statValues[1] & 0o170000) === 0o120000) return renameSyscall(err, 'stat', prefix);
    return renameSyscall(err, 'lstat', `/${parts.slice(0, i + 1).join('/')}`);
  }
  return renameSyscall(err, 'lstat', `/${parts[0] ?? ''}`);
}

function renameSyscall(err, syscall, path) {
  err.message = err.message.replace(/, realpath$/, `, ${syscall}`);
  err.syscall = syscall;
  return withPath(err, path);
}
function realpathNativeOp(path, encoding) {
  return encodePathResult(onPath(path, undefined, () => binding.fsRealpath(toNative(path))), encoding);
}
defineOp('realpath', 3, prepWithEncoding, realpathOp);
// fsPromises.realpath is the native one in Node.
promiseOps.realpath = function realpath(path, options) {
  let p;
  try {
    p = prepWithEncoding(path, options);
  } catch (err) {
    return Promise.reject(err);
  }
  return deferred(() => realpathNativeOp(...p));
};
{
  const nativeSync = function realpathSync(path, options) { return realpathNativeOp(...prepWithEncoding(path, options)); };
  fs.realpathSync.native = nativeSync;
  fs.realpath.native = function realpath(path, ...args) {
    const cb = takeCallback(args, 3);
    const p = prepWithEncoding(path, ...args);
    deliver(cb, () => realpathNativeOp(...p));
  };
}

// ---- access / exists --------------------------------------------------------------

// access and copyFile check their mode in Node's C++ layer, with its own
// wording.
function validateModeInt(mode, def) {
  if (mode == null) return def;
  if (!Number.isInteger(mode) || mode > 2147483647 || mode < -2147483648) {
    throw Object.assign(new TypeError('mode must be int32 or null/undefined'), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  if (mode < 0 || mode > 7) {
    throw Object.assign(new RangeError('mode is out of range: >= 0 && <= 7'), { code: 'ERR_OUT_OF_RANGE' });
  }
  return mode;
}

function prepAccess(path, mode) {
  path = getValidatedPath(path);
  return [path, validateModeInt(mode, constants.F_OK)];
}
defineOp('access', 3, prepAccess, (path, mode) => {
  onPath(path, undefined, () => binding.fsAccess(toNative(path), mode));
});

fs.existsSync = function existsSync(path) {
  try {
    path = getValidatedPath(path);
    binding.fsAccess(toNative(path), 0);
    return true;
  } catch {
    return false;
  }
};

// Deprecated in the documentation only (DEP0034): no runtime warning.
fs.exists = function exists(path, callback) {
  validateFunction(callback, 'cb');
  const result = fs.existsSync(path);
  require('internal/event_loop').queueCompletion(() => callback(result));
};

// ---- sizes and times ---------------------------------------------------------------

function prepLen(len, name = 'len') {
  if (len == null) return 0;
  validateInteger(len, name);
  return Math.max(0, len);
}

defineOp('ftruncate', 3, (fd, len) => [validateFd(fd), prepLen(len)], (fd, len) => {
  binding.fsFtruncate(fd, len);
});
// Node's truncate takes any number as a (deprecated) fd.
defineOp('truncate', 3, (path, len) => {
  if (typeof path === 'number') return [validateFd(path), prepLen(len)];
  return [getValidatedPath(path), prepLen(len)];
}, (path, len) => {
  if (typeof path === 'number') {
    binding.fsFtruncate(path, len);
    return;
  }
  const fd = openOp(path, 1, 0o666);
  try {
    binding.fsFtruncate(fd, len);
  } finally {
    binding.fsClose(fd);
  }
});
defineOp('fsync', 2, (fd) => [validateFd(fd)], (fd) => { binding.fsFsync(fd); });
defineOp('fdatasync', 2, (fd) => [validateFd(fd)], (fd) => { binding.fsFdatasync(fd); });

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (typeof time === 'number') return Date.now() / 1000;
  if (time instanceof Date) return time.getTime() / 1000;
  // Node's wording, article included.
  const err = new codes.ERR_INVALID_ARG_TYPE('time', 'Date', time);
  const fixed = err.message.replace('an instance of Date.', 'an instance of Date or an Time in seconds.');
  if (typeof err.stack === 'string') err.stack = err.stack.replace(err.message, fixed);
  Object.defineProperty(err, 'message', { value: fixed, enumerable: false, writable: true, configurable: true });
  throw err;
}
fs._toUnixTimestamp = toUnixTimestamp;

function prepUtimes(path, atime, mtime) {
  return [getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')];
}
defineOp('utimes', 4, prepUtimes, (path, a, m) => {
  onPath(path, undefined, () => binding.fsUtimes(toNative(path), a, m, true));
});
defineOp('lutimes', 4, prepUtimes, (path, a, m) => {
  onPath(path, undefined, () => binding.fsUtimes(toNative(path), a, m, false));
});
defineOp('futimes', 4, (fd, atime, mtime) =>
  [validateFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')],
(fd, a, m) => { binding.fsFutimes(fd, a, m); });

// ---- copies -------------------------------------------------------------------------

function prepCopyFile(src, dest, mode) {
  const p = prepTwoPaths(src, dest, 'src', 'dest');
  mode = validateModeInt(mode, 0);
  if (mode & constants.COPYFILE_FICLONE_FORCE) throw notSupported('fs.copyFile with COPYFILE_FICLONE_FORCE');
  return [...p, mode];
}
function copyFileOp(src, dest, mode) {
  onPath(src, dest, () => binding.fsCopyFile(toNative(src), toNative(dest), (mode & constants.COPYFILE_EXCL) !== 0));
}
defineOp('copyFile', 4, prepCopyFile, copyFileOp);

// cp's asynchronous form may await an async filter, so it runs as a
// promise rather than as one deferred operation.
fs.cpSync = function cpSync(src, dest, options) {
  const cp = require('internal/fs/cp');
  cp.copySync(fs, ...cp.prepare(src, dest, options));
};
fs.cp = function cp(src, dest, ...args) {
  const callback = takeCallback(args, 4);
  const impl = require('internal/fs/cp');
  const p = impl.prepare(src, dest, ...args);
  deferred(() => impl.copyAsync(fs, ...p))
    .then(() => process.nextTick(callback, null), (err) => process.nextTick(callback, err));
};
promiseOps.cp = function cp(src, dest, options) {
  const impl = require('internal/fs/cp');
  let p;
  try {
    p = impl.prepare(src, dest, options);
  } catch (err) {
    return Promise.reject(err);
  }
  return deferred(() => impl.copyAsync(fs, ...p));
};

// ---- unsupported by WASI --------------------------------------------------------------

// Arguments are still checked first, as Node does, so that a wrong call
// fails the same way.
function checkOwnerArgs(name, target, a, b) {
  if (name.startsWith('f')) validateFd(target);
  else getValidatedPath(target);
  if (name.endsWith('chmod')) parseFileMode(a, 'mode');
  else {
    validateInteger(a, 'uid', -1, U.kMaxUserId);
    validateInteger(b, 'gid', -1, U.kMaxUserId);
  }
}
for (const name of ['chmod', 'fchmod', 'lchmod', 'chown', 'fchown', 'lchown']) {
  const fail = (args) => {
    checkOwnerArgs(name, ...args);
    throw notSupported(`fs.${name}`);
  };
  fs[name] = { [name](...args) { fail(args); } }[name];
  fs[`${name}Sync`] = { [`${name}Sync`](...args) { fail(args); } }[`${name}Sync`];
  promiseOps[name] = { [name]() { return Promise.reject(notSupported(`fsPromises.${name}`)); } }[name];
}
for (const name of ['watch', 'watchFile', 'unwatchFile']) {
  fs[name] = { [name]() { throw notSupported(`fs.${name}`); } }[name];
}
promiseOps.watch = function watch() { throw notSupported('fsPromises.watch'); };
for (const name of ['glob', 'globSync', 'openAsBlob']) {
  fs[name] = { [name]() { throw notSupported(`fs.${name}`); } }[name];
}
promiseOps.glob = function glob() { throw notSupported('fsPromises.glob'); };

// ---- Dir, streams, promises -------------------------------------------------------------

const dir = require('internal/fs/dir');
fs.Dir = dir.Dir;
fs.opendirSync = dir.opendirSync;
fs.opendir = dir.opendir;
promiseOps.opendir = dir.opendirPromise;

fs.Stats = Stats;
fs.Dirent = Dirent;
fs.constants = constants;
fs.F_OK = constants.F_OK;
fs.R_OK = constants.R_OK;
fs.W_OK = constants.W_OK;
fs.X_OK = constants.X_OK;
fs.kIoMaxLength = kIoMaxLength;

{
  const lazyStreams = () => require('internal/fs/streams');
  for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
    Object.defineProperty(fs, name, {
      enumerable: true,
      configurable: true,
      get() { return lazyStreams()[name.replace('File', '')]; },
      set(v) { Object.defineProperty(fs, name, { value: v, writable: true, enumerable: true, configurable: true }); },
    });
  }
  fs.createReadStream = function createReadStream(path, options) {
    return new (lazyStreams().ReadStream)(path, options);
  };
  fs.createWriteStream = function createWriteStream(path, options) {
    return new (lazyStreams().WriteStream)(path, options);
  };
}

// Internal: the promise forms, for fs/promises.
Object.defineProperty(fs, '_promiseOps', { value: promiseOps, enumerable: false });
Object.defineProperty(fs, '_ops', {
  value: { openOp, prepOpen, readOp, prepRead, writeOp, prepWrite, writeAll, readFileOp, prepReadFile,
    writeFileOp, prepWriteFile, prepVec, readvOp, writevOp },
  enumerable: false,
});

Object.defineProperty(fs, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('fs/promises'); },
});
