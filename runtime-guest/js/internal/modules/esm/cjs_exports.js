// Static detection of a CommonJS module's named exports, so that
// `import { x } from './file.cjs'` links before the file runs, as in Node.
// Like Node's detector this recognises common shapes without running the
// code: `exports.x =`, `module.exports.x =`, `exports['x'] =`,
// `Object.defineProperty(exports, 'x', ...)`, `module.exports = { a, b: c }`,
// and re-exports (`module.exports = require('y')`, `...require('y')` in
// that literal, TypeScript's and Babel's `__exportStar(require('y'))` and
// `Object.keys(_y).forEach(...)` loops).
'use strict';

// Replaces comments, template literals and regular expression literals by
// spaces and keeps string literals, so the patterns below only ever see code.
function stripNoise(src) {
  let out = '';
  let i = 0;
  const n = src.length;
  let lastSignificant = '';
  while (i < n) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      i = end === -1 ? n : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      out += ' ';
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
      lastSignificant = c;
      continue;
    }
    if (c === '`') {
      let j = i + 1;
      let depth = 0;
      while (j < n) {
        if (src[j] === '\\') { j += 2; continue; }
        if (depth === 0 && src[j] === '`') break;
        if (src[j] === '$' && src[j + 1] === '{') { depth++; j += 2; continue; }
        if (depth > 0 && src[j] === '}') depth--;
        j++;
      }
      out += '``';
      i = j + 1;
      lastSignificant = '`';
      continue;
    }
    if (c === '/' && (lastSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant) ||
        /\b(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/.test(out))) {
      let j = i + 1;
      let inClass = false;
      while (j < n && src[j] !== '\n') {
        if (src[j] === '\\') { j += 2; continue; }
        if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < n && /[a-z]/i.test(src[j])) j++;
      out += ' ';
      i = j;
      lastSignificant = '/';
      continue;
    }
    out += c;
    if (!/\s/.test(c)) lastSignificant = c;
    i++;
  }
  return out;
}

const IDENT = '[A-Za-z_$][\\w$]*';
const STR = `(?:'([^'\\\\\\n]*)'|"([^"\\\\\\n]*)")`;

function analyze(source) {
  const code = stripNoise(source);
  const names = new Set();
  const reexports = [];
  let m;

  const dotAssign = new RegExp(`(?<![.\\w$])(?:module\\s*\\.\\s*)?exports\\s*\\.\\s*(${IDENT})\\s*=(?!=)`, 'g');
  while ((m = dotAssign.exec(code)) !== null) names.add(m[1]);

  const bracketAssign = new RegExp(`(?<![.\\w$])(?:module\\s*\\.\\s*)?exports\\s*\\[\\s*${STR}\\s*\\]\\s*=(?!=)`, 'g');
  while ((m = bracketAssign.exec(code)) !== null) names.add(m[1] ?? m[2]);

  // Only the descriptor shapes Node's detector knows: a value, or a getter
  // that returns an identifier or a member of one.
  const define = new RegExp(`Object\\s*\\.\\s*defineProperty\\s*\\(\\s*(?:module\\s*\\.\\s*)?exports\\s*,\\s*${STR}\\s*,\\s*\\{`, 'g');
  const descriptor = /\s*(?:enumerable\s*:\s*(?:true|!0)\s*,\s*)?(?:value\s*:|get\s*(?::\s*function\s*[\w$]*\s*)?\(\s*\)\s*\{\s*return\s+[\w$]+(?:\s*\.\s*[\w$]+|\s*\[\s*(?:'[^']*'|"[^"]*")\s*\])*\s*;?\s*\})/y;
  while ((m = define.exec(code)) !== null) {
    descriptor.lastIndex = define.lastIndex;
    if (descriptor.test(code)) names.add(m[1] ?? m[2]);
  }

  const requireCall = `require\\s*\\(\\s*${STR}\\s*\\)`;
  const reexportAssign = new RegExp(`(?<![.\\w$])module\\s*\\.\\s*exports\\s*=\\s*${requireCall}`, 'g');
  while ((m = reexportAssign.exec(code)) !== null) reexports.push(m[1] ?? m[2]);

  const star = new RegExp(`(?:__exportStar|__export)\\s*\\(\\s*${requireCall}`, 'g');
  while ((m = star.exec(code)) !== null) reexports.push(m[1] ?? m[2]);

  const keysLoop = new RegExp(`Object\\s*\\.\\s*keys\\s*\\(\\s*(${IDENT})\\s*\\)\\s*\\.\\s*forEach\\s*\\(`, 'g');
  while ((m = keysLoop.exec(code)) !== null) {
    const decl = new RegExp(`(?<![.\\w$])${m[1].replace(/\$/g, '\\$')}\\s*=\\s*(?:\\w+\\s*\\(\\s*)?${requireCall}`);
    const d = decl.exec(code);
    if (d) reexports.push(d[1] ?? d[2]);
  }

  const literal = /(?<![.\w$])module\s*\.\s*exports\s*=\s*\{/g;
  while ((m = literal.exec(code)) !== null) objectLiteral(code, literal.lastIndex, names, reexports);

  names.delete('default');
  return { names: [...names], reexports };
}

// Reads `{ a, b: expr, 'c': expr, ...require('d') }` up to the first entry it
// does not understand, as Node's detector does.
function objectLiteral(code, start, names, reexports) {
  const entry = new RegExp(`\\s*(?:(${IDENT})|${STR})\\s*(:|,|\\})`, 'y');
  const value = new RegExp(`\\s*${IDENT}\\s*(,|\\})`, 'y');
  const spread = new RegExp(`\\s*\\.\\.\\.\\s*require\\s*\\(\\s*${STR}\\s*\\)\\s*(,|\\})`, 'y');
  let i = start;
  for (;;) {
    spread.lastIndex = i;
    let m = spread.exec(code);
    if (m) {
      reexports.push(m[1] ?? m[2]);
      if (m[3] === '}') return;
      i = spread.lastIndex;
      continue;
    }
    entry.lastIndex = i;
    m = entry.exec(code);
    if (!m) return;
    const key = m[1] ?? m[2] ?? m[3];
    if (m[4] === ':') {
      // Only `key: identifier` is understood, like Node's detector.
      value.lastIndex = entry.lastIndex;
      const v = value.exec(code);
      if (!v) return;
      names.add(key);
      if (v[1] === '}') return;
      i = value.lastIndex;
      continue;
    }
    if (m[1] === undefined) return; // a bare string is not shorthand
    names.add(key);
    if (m[4] === '}') return;
    i = entry.lastIndex;
  }
}

module.exports = { analyze };
