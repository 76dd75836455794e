// node:path — POSIX path functions (sandnode always runs as 'linux'), and
// path.win32 (internal/path_win32.js).
'use strict';

const { codes } = require('internal/errors');
const { validateString, extnameOfBase, splitBase, formatPath, stripSuffix, resolveDotSegments } = require('internal/path_common');

// Resolves '.' and '..' segments; keeps leading '..' when not absolute.
function normalizeSegments(p, allowAboveRoot) {
  return resolveDotSegments(p.split('/'), allowAboveRoot).join('/');
}

const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === 47;
    }
    resolved = normalizeSegments(resolved, !absolute);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(p) {
    validateString(p, 'path');
    if (p.length === 0) return '.';
    const absolute = p.charCodeAt(0) === 47;
    const trailing = p.charCodeAt(p.length - 1) === 47;
    let out = normalizeSegments(p, !absolute);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(p) {
    validateString(p, 'path');
    return p.length > 0 && p.charCodeAt(0) === 47;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const f = from === '/' ? [] : from.slice(1).split('/');
    const t = to === '/' ? [] : to.slice(1).split('/');
    let i = 0;
    while (i < f.length && i < t.length && f[i] === t[i]) i++;
    return [...Array(f.length - i).fill('..'), ...t.slice(i)].join('/');
  },

  toNamespacedPath(p) {
    return p;
  },

  dirname(p) {
    validateString(p, 'path');
    if (p.length === 0) return '.';
    const absolute = p.charCodeAt(0) === 47;
    let end = -1;
    let matchedSlash = true;
    for (let i = p.length - 1; i >= 1; --i) {
      if (p.charCodeAt(i) === 47) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return absolute ? '/' : '.';
    if (absolute && end === 1) return '//';
    return p.slice(0, end);
  },

  basename(p, suffix) {
    validateString(p, 'path');
    if (suffix !== undefined) validateString(suffix, 'suffix');
    let end = p.length;
    while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
    if (end === 0) return '';
    let start = p.lastIndexOf('/', end - 1) + 1;
    const base = p.slice(start, end);
    return stripSuffix(base, suffix, p);
  },

  extname(p) {
    validateString(p, 'path');
    return extnameOfBase(posix.basename(p));
  },

  format(obj) {
    return formatPath('/', obj);
  },

  parse(p) {
    validateString(p, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (p.length === 0) return ret;
    const absolute = p.charCodeAt(0) === 47;
    if (absolute) ret.root = '/';
    let end = p.length;
    while (end > 1 && p.charCodeAt(end - 1) === 47) end--;
    const trimmed = p.slice(0, end);
    const slash = trimmed.lastIndexOf('/');
    const base = trimmed.slice(slash + 1);
    if (base === '' && absolute) {
      ret.dir = '/';
      return ret;
    }
    ret.base = base;
    [ret.name, ret.ext] = splitBase(base);
    if (slash > 0) ret.dir = trimmed.slice(0, slash);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('path.matchesGlob()');
  },
};

posix.posix = posix;
const win32 = require('internal/path_win32');
posix.win32 = win32;
win32.posix = posix;
module.exports = posix;
