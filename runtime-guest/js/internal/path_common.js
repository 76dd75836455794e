// What path.posix and path.win32 share: argument checks, the extension rule
// and path.format, which differ only in the separator.
'use strict';

const { codes } = require('internal/errors');

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// The extension of a final path component: from its last dot, unless the
// dot starts the name ('.bashrc') or the name is '..'.
function extnameOfBase(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || (dot === 1 && base === '..')) return '';
  return base.slice(dot);
}

// [name, ext] of a final path component, as path.parse splits it.
function splitBase(base) {
  const ext = base === '..' ? '' : extnameOfBase(base);
  return [ext ? base.slice(0, base.length - ext.length) : base, ext];
}

// Resolves '.' and '..' among path segments (empty ones are dropped); keeps
// leading '..' when the path is not absolute. Shared by posix and win32,
// which split and join with their own separators.
function resolveDotSegments(segments, allowAboveRoot) {
  const out = [];
  for (const seg of segments) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out;
}

// basename's optional suffix removal. As in Node, a suffix that is the
// whole basename is kept, unless it is the whole path.
function stripSuffix(base, suffix, path) {
  if (suffix === undefined || suffix.length === 0) return base;
  if (suffix === path) return '';
  if (base.length > suffix.length && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

function formatPath(sep, obj) {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pathObject', 'Object', obj);
  }
  const dir = obj.dir || obj.root;
  const ext = obj.ext ? (obj.ext[0] === '.' ? obj.ext : `.${obj.ext}`) : '';
  const base = obj.base || `${obj.name || ''}${ext}`;
  if (!dir) return base;
  return dir === obj.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = { validateString, extnameOfBase, splitBase, formatPath, stripSuffix, resolveDotSegments };
