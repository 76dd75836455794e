// Node's module resolution for `import`, and the parts of it that
// `require` shares: package.json "exports" and "imports" with conditions,
// patterns and fallbacks, self-reference, and the node_modules walk.
// Paths are absolute POSIX paths; ES module names are file: URLs.
'use strict';

const path = require('path');
// File reads go through the table of a built command (sources.js).
const sources = require('internal/modules/sources');
const { codes } = require('internal/errors');
const packageJson = require('internal/modules/package_json_reader');
const { isBuiltin } = require('internal/modules/builtins');

const STAT_FILE = 1;
const STAT_DIR = 2;

// Conditions of `import` and of `require` (Node 22: both know
// "module-sync", since require() can load ES modules).
const IMPORT_CONDITIONS = new Set(['node', 'import', 'module-sync', 'default']);
const REQUIRE_CONDITIONS = new Set(['node', 'require', 'module-sync', 'default']);

// ---- file: URLs ----------------------------------------------------------------

function pathToURL(p) {
  let out = 'file://';
  for (const ch of p) {
    const c = ch.codePointAt(0);
    if (ch === '%' || ch === '\\' || ch === '#' || ch === '?' || c <= 0x20 || c === 0x7f ||
        ch === '"' || ch === '<' || ch === '>' || ch === '`' || ch === '{' || ch === '}' ||
        ch === '^' || ch === '|' || ch === '[' || ch === ']') {
      out += encodeURIComponent(ch);
    } else if (c > 0x7f) {
      out += encodeURIComponent(ch);
    } else {
      out += ch;
    }
  }
  return out;
}

function urlToPath(url) {
  // file:///a/b%20c → /a/b c (the host part is empty for local files).
  let rest = url.slice('file://'.length);
  const q = rest.search(/[?#]/);
  if (q !== -1) rest = rest.slice(0, q);
  if (!rest.startsWith('/')) rest = rest.slice(rest.indexOf('/'));
  return decodeURIComponent(rest);
}

// ---- errors --------------------------------------------------------------------

function importedFrom(base) {
  return base ? ` imported from ${base}` : '';
}

function invalidTarget(pjsonPath, subpath, target, isImports, base) {
  const rel = typeof target === 'string' && !isImports && target.length > 0 && !target.startsWith('./');
  const where = isImports ? 'imports' : 'exports';
  let msg;
  if (subpath === '.') {
    msg = `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${pjsonPath}${importedFrom(base)}`;
  } else {
    msg = `Invalid "${where}" target ${JSON.stringify(target)} defined for '${subpath}' in the package config ${pjsonPath}${importedFrom(base)}`;
  }
  if (rel) msg += '; targets must start with "./"';
  return new codes.ERR_INVALID_PACKAGE_TARGET(msg);
}

function notExported(pjsonPath, subpath, base) {
  if (subpath === '.') {
    return new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(`No "exports" main defined in ${pjsonPath}${importedFrom(base)}`);
  }
  return new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(
    `Package subpath '${subpath}' is not defined by "exports" in ${pjsonPath}${importedFrom(base)}`);
}

function invalidSpecifier(request, reason, base) {
  return new codes.ERR_INVALID_MODULE_SPECIFIER(
    `Invalid module "${request}" ${reason}${importedFrom(base)}`);
}

// ---- "exports" and "imports" ---------------------------------------------------

// A segment that must not appear in a target or a pattern match: empty,
// ".", "..", or "node_modules", also percent-encoded, any case.
function hasInvalidSegment(str) {
  return str.split(/[\\/]/).some((seg) => {
    let s;
    try { s = decodeURIComponent(seg).toLowerCase(); } catch { s = seg.toLowerCase(); }
    return s === '.' || s === '..' || s === 'node_modules';
  });
}

function resolveTarget(ctx, target, subpath, patternMatch, isImports) {
  if (typeof target === 'string') return resolveTargetString(ctx, target, subpath, patternMatch, isImports);
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const t of target) {
      let resolved;
      try {
        resolved = resolveTarget(ctx, t, subpath, patternMatch, isImports);
      } catch (err) {
        lastError = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) { lastError = null; continue; }
      return resolved;
    }
    if (lastError) throw lastError;
    return lastError === null ? null : undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (/^\d+$/.test(key)) {
        throw new codes.ERR_INVALID_PACKAGE_CONFIG(
          `Invalid package config ${ctx.pjsonPath}${ctx.base ? ` while importing ${ctx.base}` : ''}. "exports" cannot contain numeric property keys.`);
      }
    }
    for (const key of Object.keys(target)) {
      if (key === 'default' || ctx.conditions.has(key)) {
        const resolved = resolveTarget(ctx, target[key], subpath, patternMatch, isImports);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx.pjsonPath, subpath, target, isImports, ctx.base);
}

function resolveTargetString(ctx, target, subpath, patternMatch, isImports) {
  if (!target.startsWith('./')) {
    if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      const spec = patternMatch === null ? target : target.replaceAll('*', patternMatch);
      return { bare: spec };
    }
    throw invalidTarget(ctx.pjsonPath, subpath, target, isImports, ctx.base);
  }
  if (hasInvalidSegment(target.slice(2))) {
    throw invalidTarget(ctx.pjsonPath, subpath, target, isImports, ctx.base);
  }
  const resolved = path.join(ctx.pkgDir, target);
  if (resolved !== ctx.pkgDir && !resolved.startsWith(`${ctx.pkgDir}/`)) {
    throw invalidTarget(ctx.pjsonPath, subpath, target, isImports, ctx.base);
  }
  if (patternMatch === null) return resolved + (target.endsWith('/') ? '/' : '');
  if (hasInvalidSegment(patternMatch)) {
    const reason = `request is not a valid match in pattern "${subpath}" for the "${isImports ? 'imports' : 'exports'}" resolution of ${ctx.pjsonPath}`;
    throw invalidSpecifier(subpath.replace('*', patternMatch), reason, ctx.base);
  }
  return path.join(ctx.pkgDir, target.replaceAll('*', patternMatch));
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function resolveInMap(ctx, matchKey, map, isImports) {
  if (Object.hasOwn(map, matchKey) && !matchKey.includes('*')) {
    return resolveTarget(ctx, map[matchKey], matchKey, null, isImports);
  }
  const keys = Object.keys(map).filter((k) => k.indexOf('*') !== -1 && k.indexOf('*') === k.lastIndexOf('*'));
  keys.sort(patternKeyCompare);
  for (const key of keys) {
    const star = key.indexOf('*');
    const patternBase = key.slice(0, star);
    if (matchKey.startsWith(patternBase) && matchKey !== patternBase) {
      const trailer = key.slice(star + 1);
      if (trailer.length === 0 || (matchKey.endsWith(trailer) && matchKey.length >= key.length)) {
        const match = matchKey.slice(patternBase.length, matchKey.length - trailer.length);
        return resolveTarget(ctx, map[key], key, match, isImports);
      }
    }
  }
  return undefined;
}

function isConditionalSugar(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  let dotKeys = 0;
  let other = 0;
  for (const key of Object.keys(exports)) {
    if (key === '' || key[0] !== '.') other++; else dotKeys++;
  }
  if (dotKeys > 0 && other > 0) {
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(
      `Invalid package config ${pjsonPath}${base ? ` while importing ${base}` : ''}. "exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.`);
  }
  return other > 0;
}

// Resolves `subpath` ('.' or './x') of the package in `pkgDir` through its
// "exports". Returns an absolute path, or { bare } (imports only).
function exportsResolve(pkgDir, subpath, pjson, conditions, base) {
  const ctx = { pkgDir, pjsonPath: pjson.path, conditions, base };
  let exports = pjson.exports;
  if (isConditionalSugar(exports, pjson.path, base)) exports = { '.': exports };
  let resolved;
  if (subpath === '.' && Object.hasOwn(exports, '.')) {
    resolved = resolveTarget(ctx, exports['.'], '.', null, false);
  } else if (exports !== null && typeof exports === 'object') {
    resolved = resolveInMap(ctx, subpath, exports, false);
  }
  if (resolved === null || resolved === undefined) throw notExported(pjson.path, subpath, base);
  return resolved;
}

function importsResolve(name, parentPath, conditions, base) {
  if (name === '#' || name.startsWith('#/')) {
    throw invalidSpecifier(name, 'is not a valid internal imports specifier name', parentPath);
  }
  const scope = packageJson.scopeOf(parentPath);
  if (scope && scope.imports !== null && typeof scope.imports === 'object') {
    const ctx = { pkgDir: path.dirname(scope.path), pjsonPath: scope.path, conditions, base };
    const resolved = resolveInMap(ctx, name, scope.imports, true);
    if (resolved !== null && resolved !== undefined) return resolved;
  }
  const pkgPart = scope ? ` in package ${scope.path}` : '';
  throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(
    `Package import specifier "${name}" is not defined${pkgPart}${importedFrom(base)}`);
}

// Splits a bare specifier into its package name and './subpath'.
function parsePackageName(specifier, base) {
  let sep = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) throw invalidSpecifier(specifier, 'is not a valid package name', base);
  return { name, subpath: `.${sep === -1 ? '' : specifier.slice(sep)}` };
}

// The package's own name, when `parentPath` is inside it and it has "exports".
function selfResolve(name, subpath, parentPath, conditions, base) {
  const scope = packageJson.scopeOf(parentPath);
  if (!scope || scope.exports === undefined || scope.exports === null || scope.name !== name) return undefined;
  return exportsResolve(path.dirname(scope.path), subpath, scope, conditions, base);
}

function nodeModulesDirs(fromDir) {
  const dirs = [];
  let dir = fromDir;
  for (;;) {
    if (!dir.endsWith('/node_modules')) dirs.push(`${dir === '/' ? '' : dir}/node_modules`);
    if (dir === '/' || dir === '') break;
    dir = path.dirname(dir);
  }
  return dirs;
}

// ---- import ----------------------------------------------------------------------

function fileStat(p) {
  return sources.statKind(p);
}

function realpath(p) {
  try {
    return sources.realpath(p);
  } catch {
    return p;
  }
}

// ESM's legacy "main" resolution for packages without "exports".
function legacyMainResolve(pkgDir, pjson, base) {
  const tries = [];
  if (pjson.main) {
    const m = path.resolve(pkgDir, pjson.main);
    tries.push(m, `${m}.js`, `${m}.json`, `${m}.node`, `${m}/index.js`, `${m}/index.json`, `${m}/index.node`);
  }
  tries.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const t of tries) if (fileStat(t) === STAT_FILE) return t;
  throw new codes.ERR_MODULE_NOT_FOUND(`Cannot find package '${pkgDir}' imported from ${base}`);
}

function packageResolve(specifier, parentPath, base) {
  if (isBuiltin(specifier)) return { builtin: specifier };
  const { name, subpath } = parsePackageName(specifier, base);
  const self = selfResolve(name, subpath, parentPath, IMPORT_CONDITIONS, base);
  if (self !== undefined) return { path: self };
  for (const dir of nodeModulesDirs(path.dirname(parentPath))) {
    const pkgDir = `${dir}/${name}`;
    if (fileStat(pkgDir) !== STAT_DIR) continue;
    const pjson = packageJson.read(`${pkgDir}/package.json`, { base, specifier });
    if (pjson.exists && pjson.exports !== undefined && pjson.exports !== null) {
      return { path: exportsResolve(pkgDir, subpath, pjson, IMPORT_CONDITIONS, base) };
    }
    if (subpath === '.') return { path: legacyMainResolve(pkgDir, pjson, base) };
    return { path: path.join(pkgDir, subpath) };
  }
  throw new codes.ERR_MODULE_NOT_FOUND(`Cannot find package '${name}' imported from ${base}`);
}

// Resolves an `import` specifier from the module at `parentURL` (a file:
// URL, or a path for code that is not a module). Returns the module name:
// a file: URL, `node:<id>`, or a data: URL.
function resolveImport(specifier, parentURL) {
  const parentPath = parentURL.startsWith('file:') ? urlToPath(parentURL) : parentURL;
  const base = parentPath;
  if (specifier.startsWith('node:')) {
    if (isBuiltin(specifier)) return specifier;
    const { codes: c } = require('internal/errors');
    throw new c.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
  }
  let resolved;
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    const dir = path.dirname(parentPath);
    resolved = specifier.startsWith('/') ? specifier : path.join(dir, specifier);
    if (specifier.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
    // Percent-escapes in relative specifiers are URL escapes.
    if (resolved.includes('%')) {
      if (/%2f|%5c/i.test(resolved)) {
        throw invalidSpecifier(resolved, 'must not include encoded "/" or "\\" characters', base);
      }
      try { resolved = decodeURIComponent(resolved); } catch { /* keep */ }
    }
    const q = resolved.search(/[?#]/);
    if (q !== -1) resolved = resolved.slice(0, q);
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    if (specifier.startsWith('file:')) {
      if (/%2f|%5c/i.test(specifier)) {
        throw invalidSpecifier(specifier, 'must not include encoded "/" or "\\" characters', base);
      }
      resolved = urlToPath(specifier);
    } else if (specifier.startsWith('data:')) {
      return specifier;
    } else {
      const scheme = specifier.slice(0, specifier.indexOf(':') + 1);
      throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME(
        `Only URLs with a scheme in: file and data are supported by the default ESM loader. Received protocol '${scheme}'`);
    }
  } else if (specifier.startsWith('#')) {
    const r = importsResolve(specifier, parentPath, IMPORT_CONDITIONS, base);
    if (typeof r === 'object') {
      const pr = packageResolve(r.bare, parentPath, base);
      if (pr.builtin) return pr.builtin.startsWith('node:') ? pr.builtin : `node:${pr.builtin}`;
      resolved = pr.path;
    } else {
      resolved = r;
    }
  } else {
    const r = packageResolve(specifier, parentPath, base);
    if (r.builtin) return r.builtin.startsWith('node:') ? r.builtin : `node:${r.builtin}`;
    resolved = r.path;
  }
  return pathToURL(finalize(resolved, specifier, base));
}

// Node's hint for a relative specifier that misses an extension or index.
function didYouMean(resolved, specifier) {
  if (specifier.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return '';
  const spec = specifier.replace(/\/$/, '');
  for (const ext of ['.js', '.json', '.node', '.mjs', '.cjs']) {
    if (fileStat(resolved.replace(/\/$/, '') + ext) === STAT_FILE) return `\nDid you mean to import "${spec}${ext}"?`;
  }
  for (const index of ['index.js', 'index.json', 'index.node', 'index.mjs', 'index.cjs']) {
    if (fileStat(`${resolved.replace(/\/$/, '')}/${index}`) === STAT_FILE) return `\nDid you mean to import "${spec}/${index}"?`;
  }
  return '';
}

function finalize(resolved, specifier, base) {
  const kind = fileStat(resolved.endsWith('/') ? resolved.slice(0, -1) || '/' : resolved);
  if (kind === STAT_DIR) {
    throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(
      `Directory import '${resolved}' is not supported resolving ES modules${importedFrom(base)}${didYouMean(resolved, specifier)}`);
  }
  if (kind !== STAT_FILE || resolved.endsWith('/')) {
    const err = new codes.ERR_MODULE_NOT_FOUND(
      `Cannot find module '${resolved}'${importedFrom(base)}${didYouMean(resolved, specifier)}`);
    err.url = pathToURL(resolved);
    throw err;
  }
  return realpath(resolved);
}

module.exports = {
  IMPORT_CONDITIONS,
  REQUIRE_CONDITIONS,
  exportsResolve,
  importsResolve,
  parsePackageName,
  selfResolve,
  nodeModulesDirs,
  resolveImport,
  pathToURL,
  urlToPath,
  packageResolve,
};
