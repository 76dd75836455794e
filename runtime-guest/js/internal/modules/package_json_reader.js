// Reading package.json files for module resolution: each file is read and
// parsed once per process, and only the fields resolution needs are kept.
'use strict';

const { codes } = require('internal/errors');
// File reads go through the table of a built command (sources.js).
const sources = require('internal/modules/sources');

const STAT_FILE = 1;
const cache = new Map();

// Returns { exists: false } or { exists: true, path, name, main, type,
// exports, imports }. A malformed file throws ERR_INVALID_PACKAGE_CONFIG
// (with `base`/`specifier` in the message when an import asked for it).
function read(jsonPath, { base, specifier } = {}) {
  let entry = cache.get(jsonPath);
  if (entry === undefined) {
    entry = parse(jsonPath);
    cache.set(jsonPath, entry);
  }
  if (entry.error) {
    let message = `Invalid package config ${jsonPath}`;
    if (base && specifier) message += ` while importing "${specifier}" from ${base}`;
    const err = new codes.ERR_INVALID_PACKAGE_CONFIG(`${message}.`);
    err.cause = entry.error;
    throw err;
  }
  return entry;
}

function parse(jsonPath) {
  if (sources.statKind(jsonPath) !== STAT_FILE) return { exists: false };
  let data;
  try {
    let text = sources.readFileUtf8(jsonPath);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    data = JSON.parse(text);
  } catch (error) {
    return { exists: true, path: jsonPath, error };
  }
  if (data === null || typeof data !== 'object') data = {};
  return {
    exists: true,
    path: jsonPath,
    name: typeof data.name === 'string' ? data.name : undefined,
    main: typeof data.main === 'string' ? data.main : undefined,
    type: data.type === 'module' || data.type === 'commonjs' ? data.type : 'none',
    exports: data.exports,
    imports: data.imports,
  };
}

// The package.json that governs `filePath`: the nearest one above it,
// stopping at a node_modules directory.
function scopeOf(filePath) {
  let dir = filePath;
  for (;;) {
    const slash = dir.lastIndexOf('/');
    if (slash < 0) return undefined;
    dir = dir.slice(0, slash);
    if (dir.endsWith('/node_modules')) return undefined;
    const pjson = read(`${dir}/package.json`);
    if (pjson.exists) return pjson;
    if (dir === '') return undefined;
  }
}

module.exports = { read, scopeOf };
