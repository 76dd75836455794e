// The file access of the module loaders (CommonJS, ESM, package.json).
//
// A command built by `sandnode build` runs where the project directory is
// not reachable (`wasmtime run script.wasm` preopens nothing), so its
// module files (.js, .mjs, .cjs, .json under the project root, listed by
// host/src/build.rs) are read into this table when the component is built
// and kept in its snapshot. The loaders consult the table first: the
// component runs the code it was built from. Anything else goes to the
// file system as usual (and is not found when nothing is preopened).
'use strict';

const STAT_FILE = 1;
const STAT_DIR = 2;

// path -> source text, and every directory that holds an embedded file.
let table = null;
let dirs = null;

// Reads `paths` (absolute) into the table. Called once, at build time.
function embed(paths) {
  table = new Map();
  dirs = new Set();
  for (const p of paths) {
    table.set(p, binding.readFileUtf8(p));
    let dir = p;
    for (;;) {
      const slash = dir.lastIndexOf('/');
      dir = slash <= 0 ? '/' : dir.slice(0, slash);
      if (dirs.has(dir)) break;
      dirs.add(dir);
      if (dir === '/') break;
    }
  }
}

// The loaders pass resolved paths; anything else is normalised first.
function key(p) {
  if (p.includes('//') || p.includes('/./') || p.includes('/../') || /\/\.{0,2}$/.test(p)) {
    return require('path').resolve(p);
  }
  return p;
}

// 0: missing, 1: file, 2: directory.
function statKind(p) {
  if (table !== null) {
    const k = key(p);
    if (table.has(k)) return STAT_FILE;
    if (dirs.has(k)) return STAT_DIR;
  }
  return binding.statKind(p);
}

// Embedded paths are their own real paths (links were followed when the
// table was made).
function realpath(p) {
  if (table !== null) {
    const k = key(p);
    if (table.has(k) || dirs.has(k)) return k;
  }
  return binding.realpath(p);
}

function readFileUtf8(p) {
  if (table !== null) {
    const source = table.get(key(p));
    if (source !== undefined) return source;
  }
  return binding.readFileUtf8(p);
}

function embedded() {
  return table !== null;
}

module.exports = { embed, embedded, statKind, realpath, readFileUtf8 };
