// fs.cp / fs.cpSync / fsPromises.cp: copies files, directories (with
// `recursive`) and symlinks. One walker serves both forms: it is a
// generator that yields each `filter` result, so the synchronous driver
// takes the value as it is (and refuses a promise, as Node's cpSync does)
// while the asynchronous driver awaits it. Node words the errors of the two
// forms differently (cpSync's come from C++); both wordings are kept.
'use strict';

const { codes } = require('internal/errors');
const pathModule = require('path');
const U = require('internal/fs/utils');

const S_IFMT = 0o170000;
const S_IFDIR = 0o40000;
const S_IFLNK = 0o120000;

function prepare(src, dest, options) {
  src = U.getValidatedPath(src, 'src');
  dest = U.getValidatedPath(dest, 'dest');
  if (options !== undefined) U.validateObject(options, 'options');
  const opts = {
    dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0,
    ...options,
  };
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    U.validateBoolean(opts[key], `options.${key}`);
  }
  if (opts.filter !== undefined) {
    if (typeof opts.filter !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('options.filter', 'function', opts.filter);
  }
  U.validateInteger(opts.mode, 'options.mode', 0, 7);
  return [src, dest, opts];
}

// Stats of `p` as [mode, dev, ino], or null when it does not exist.
function look(p, follow, shown) {
  let found;
  try {
    // A `shown` path must exist (the source); others may be missing.
    found = binding.fsStat(U.toNative(p), follow, U.statValues, shown === undefined);
  } catch (err) {
    throw U.withPath(err, shown ?? p);
  }
  return found ? [U.statValues[1], U.statValues[0], U.statValues[7]] : null;
}

function isDir(st) { return st !== null && (st[0] & S_IFMT) === S_IFDIR; }

function plainError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function cpSystemError(code, prefix, errCode, errno, detail, path) {
  const err = new Error(`${prefix}: cp returned ${errCode} (${detail}) ${path}`);
  const { fixStackName } = require('internal/errors');
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  err.code = code;
  err.info = { code: errCode, message: detail, path, syscall: 'cp', errno };
  err.errno = errno;
  err.syscall = 'cp';
  err.path = path;
  fixStackName(err, `SystemError [${code}]`);
  return err;
}

// The checks made once, before anything is copied.
function checkPaths(src, dest, opts, sync) {
  const s = look(src, opts.dereference, src);
  const d = look(dest, true);
  if (d !== null && s[1] === d[1] && s[2] === d[2]) {
    throw sync ? plainError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`)
      : cpSystemError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22,
        'src and dest cannot be the same', dest);
  }
  if (isDir(s) && d !== null && !isDir(d)) {
    throw sync ? plainError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`)
      : cpSystemError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', 'EISDIR', 21,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
  }
  if (!isDir(s) && isDir(d)) {
    throw sync ? plainError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`)
      : cpSystemError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', 'ENOTDIR', 20,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
  }
  const absSrc = pathModule.resolve(src);
  const absDest = pathModule.resolve(dest);
  if (isDir(s) && absDest.startsWith(`${absSrc}/`)) {
    throw sync ? plainError('ERR_FS_CP_EINVAL', `Cannot copy ${withSlash(src)} to a subdirectory of self ${dest}`)
      : cpSystemError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22,
        `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  if (isDir(s) && !opts.recursive) {
    throw sync ? plainError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${withSlash(src)}`)
      : cpSystemError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR', 21,
        `${src} is a directory (not copied)`, src);
  }
}

function withSlash(p) { return p.endsWith('/') ? p : `${p}/`; }

// Yields filter results; returns when the tree under src is copied.
function* walk(fs, src, dest, opts) {
  if (opts.filter) {
    const keep = yield opts.filter(src, dest);
    if (!keep) return;
  }
  const s = look(src, opts.dereference);
  const kind = s[0] & S_IFMT;
  if (kind === S_IFDIR) {
    if (look(dest, true) === null) fs.mkdirSync(dest, { recursive: true });
    for (const name of fs.readdirSync(src)) {
      yield* walk(fs, pathModule.join(src, name), pathModule.join(dest, name), opts);
    }
  } else if (kind === S_IFLNK) {
    copyLink(fs, src, dest, opts);
  } else {
    copyFile(fs, src, dest, opts);
  }
  if (opts.preserveTimestamps && kind !== S_IFLNK) {
    const st = fs.statSync(src);
    fs.utimesSync(dest, st.atime, st.mtime);
  }
}

function copyFile(fs, src, dest, opts) {
  if (look(dest, false) !== null) {
    if (opts.force) {
      fs.unlinkSync(dest);
    } else if (opts.errorOnExist) {
      throw cpSystemError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', 17, `${dest} already exists`, dest);
    } else {
      return;
    }
  }
  const parent = pathModule.dirname(dest);
  if (look(parent, true) === null) fs.mkdirSync(parent, { recursive: true });
  fs.copyFileSync(src, dest, opts.mode);
}

function copyLink(fs, src, dest, opts) {
  let target = fs.readlinkSync(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
    target = pathModule.resolve(pathModule.dirname(src), target);
  }
  if (look(dest, false) !== null) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw cpSystemError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', 17, `${dest} already exists`, dest);
      }
      return;
    }
    fs.unlinkSync(dest);
  }
  fs.symlinkSync(target, dest);
}

function copySync(fs, src, dest, opts) {
  checkPaths(src, dest, opts, true);
  const it = walk(fs, src, dest, opts);
  let step = it.next();
  while (!step.done) {
    const value = step.value;
    if (typeof value?.then === 'function') {
      throw new codes.ERR_INVALID_RETURN_VALUE('boolean', 'filter', value);
    }
    step = it.next(value);
  }
}

async function copyAsync(fs, src, dest, opts) {
  checkPaths(src, dest, opts, false);
  const it = walk(fs, src, dest, opts);
  let step = it.next();
  while (!step.done) step = it.next(await step.value);
}

module.exports = { prepare, copySync, copyAsync };
