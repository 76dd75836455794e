// path.win32: Windows path semantics (drive letters, UNC roots, `\` and `/`
// both separators), available on every platform as in Node.
'use strict';

const { codes } = require('internal/errors');

const { validateString, extnameOfBase, splitBase, formatPath, stripSuffix, resolveDotSegments } = require('internal/path_common');

const isSep = (c) => c === 47 || c === 92;
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// The root of `p`: { device, rootEnd, absolute } where `device` is `C:` or
// `\\server\share` (or ''), and rootEnd is the index after the root.
function splitRoot(p) {
  const len = p.length;
  if (len === 0) return { device: '', rootEnd: 0, absolute: false };
  const c0 = p.charCodeAt(0);
  if (isSep(c0)) {
    if (len > 1 && isSep(p.charCodeAt(1))) {
      // Possible UNC root: \\server\share
      let j = 2;
      let last = j;
      while (j < len && !isSep(p.charCodeAt(j))) j++;
      if (j < len && j !== last) {
        const server = p.slice(last, j);
        last = j;
        while (j < len && isSep(p.charCodeAt(j))) j++;
        if (j < len && j !== last) {
          last = j;
          while (j < len && !isSep(p.charCodeAt(j))) j++;
          if (j === len) return { device: `\\\\${server}\\${p.slice(last)}`, rootEnd: j, absolute: true };
          if (j !== last) return { device: `\\\\${server}\\${p.slice(last, j)}`, rootEnd: j + 1, absolute: true };
        }
      }
    }
    return { device: '', rootEnd: 1, absolute: true };
  }
  if (len >= 2 && isLetter(c0) && p.charCodeAt(1) === 58 /* : */) {
    if (len > 2 && isSep(p.charCodeAt(2))) return { device: p.slice(0, 2), rootEnd: 3, absolute: true };
    return { device: p.slice(0, 2), rootEnd: 2, absolute: false };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

function normalizeSegments(p, allowAboveRoot) {
  return resolveDotSegments(p.split(/[\\/]+/), allowAboveRoot).join('\\');
}

const win32 = {
  sep: '\\',
  delimiter: ';',

  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = process.cwd();
      } else {
        // A drive-relative path: the cwd of that drive is unknown here, so
        // the drive root is used (Node consults =C: variables on Windows).
        p = `${device}\\`;
      }
      const root = splitRoot(p);
      if (root.device.length > 0 && device.length > 0 && root.device.toLowerCase() !== device.toLowerCase()) {
        continue; // another drive: not part of this path
      }
      if (device.length === 0 && root.device.length > 0) device = root.device;
      if (!absolute) {
        tail = `${p.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
      }
      if (absolute && device.length > 0) break;
    }
    tail = normalizeSegments(tail, !absolute);
    const result = `${device}${absolute ? '\\' : ''}${tail}`;
    return result || '.';
  },

  normalize(p) {
    validateString(p, 'path');
    if (p.length === 0) return '.';
    const root = splitRoot(p);
    let tail = root.rootEnd < p.length ? normalizeSegments(p.slice(root.rootEnd), !root.absolute) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isSep(p.charCodeAt(p.length - 1))) tail += '\\';
    if (root.device.startsWith('\\\\')) return `${root.device}\\${tail}`;
    return `${root.device}${root.absolute ? '\\' : ''}${tail}`;
  },

  isAbsolute(p) {
    validateString(p, 'path');
    const len = p.length;
    if (len === 0) return false;
    const c0 = p.charCodeAt(0);
    return isSep(c0) || (len > 2 && isLetter(c0) && p.charCodeAt(1) === 58 && isSep(p.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    // Keep a UNC root only if the first part really started with two
    // separators; collapse extra leading separators otherwise.
    const first = parts[0];
    let needsReplace = true;
    let slashCount = 0;
    if (isSep(first.charCodeAt(0))) {
      ++slashCount;
      if (first.length > 1 && isSep(first.charCodeAt(1))) {
        ++slashCount;
        if (first.length > 2) {
          if (isSep(first.charCodeAt(2))) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    if (fromOrig.toLowerCase() === toOrig.toLowerCase()) return '';
    const f = fromOrig.split('\\').filter((s, i) => s !== '' || i === 0);
    const t = toOrig.split('\\').filter((s, i) => s !== '' || i === 0);
    if (f[0].toLowerCase() !== t[0].toLowerCase()) return toOrig;
    let i = 0;
    while (i < f.length && i < t.length && f[i].toLowerCase() === t[i].toLowerCase()) i++;
    return [...Array(f.length - i).fill('..'), ...t.slice(i)].join('\\');
  },

  toNamespacedPath(p) {
    if (typeof p !== 'string' || p.length === 0) return p;
    const resolved = win32.resolve(p);
    if (resolved.length <= 2) return p;
    if (resolved.startsWith('\\\\')) {
      if (resolved.charCodeAt(2) !== 63 /* ? */ && resolved.charCodeAt(2) !== 46 /* . */) {
        return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
      return p;
    }
    if (isLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === 58 && resolved.charCodeAt(2) === 92) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(p) {
    validateString(p, 'path');
    if (p.length === 0) return '.';
    const root = splitRoot(p);
    let end = -1;
    let matchedSlash = true;
    for (let i = p.length - 1; i >= root.rootEnd; --i) {
      if (isSep(p.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (root.rootEnd === 0) return '.';
      return p.slice(0, root.rootEnd);
    }
    return p.slice(0, end);
  },

  basename(p, suffix) {
    validateString(p, 'path');
    if (suffix !== undefined) validateString(suffix, 'suffix');
    const root = splitRoot(p);
    const start0 = root.device.length > 0 && !root.device.startsWith('\\\\') ? 2 : 0;
    let end = p.length;
    while (end > start0 && isSep(p.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > start0 && !isSep(p.charCodeAt(start - 1))) start--;
    const base = p.slice(start, end);
    return stripSuffix(base, suffix, p);
  },

  extname(p) {
    validateString(p, 'path');
    return extnameOfBase(win32.basename(p));
  },

  format(obj) {
    return formatPath('\\', obj);
  },

  parse(p) {
    validateString(p, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (p.length === 0) return ret;
    const root = splitRoot(p);
    ret.root = p.slice(0, root.rootEnd);
    if (root.rootEnd === p.length) {
      ret.dir = ret.root;
      return ret;
    }
    const base = win32.basename(p);
    const dirname = win32.dirname(p);
    ret.base = base;
    [ret.name, ret.ext] = splitBase(base);
    ret.dir = base.length > 0 || dirname !== '.' ? (dirname === '.' && root.rootEnd === 0 ? '' : dirname) : ret.root;
    return ret;
  },

  matchesGlob() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('path.matchesGlob()');
  },
};

win32.win32 = win32;
module.exports = win32;
