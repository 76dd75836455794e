// The ES module loader: the hooks QuickJS calls while it links a module
// graph (runtime-guest/src/modules.rs), `import()` of the main entry, and
// `require()` of ES modules.
//
// Module names are file: URLs (or `node:<id>` for built-ins). A name is
// loaded either as ES module source, or as a *synthetic* module whose
// exports are fixed when it is loaded: CommonJS files (default =
// module.exports, plus the names found statically by cjs_exports.js), JSON
// files (default only) and the built-ins (default plus every property).
'use strict';

const path = require('path');
// File reads go through the table of a built command (sources.js).
const sources = require('internal/modules/sources');
const { codes } = require('internal/errors');
const packageJson = require('internal/modules/package_json_reader');
const { resolveImport, pathToURL, urlToPath } = require('internal/modules/esm/resolve');
const execution = require('internal/process/execution');

// name → { format, path, names, evaluated }
const records = new Map();
// The marker the last statement of every ES module passes to
// import.meta.resolve, recording that its body ran to the end.
const EVALUATED = '\0sandnode:evaluated';

function formatOf(filePath, source) {
  const ext = path.extname(filePath);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.node') return 'addon';
  const scope = packageJson.scopeOf(filePath);
  const type = scope?.type ?? 'none';
  if (ext === '.js' || ext === '') {
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    return detectFormat(filePath, source(), scope);
  }
  if (type === 'module' || ext !== '') {
    throw new codes.ERR_UNKNOWN_FILE_EXTENSION(`Unknown file extension "${ext}" for ${filePath}`);
  }
  return 'commonjs';
}

// Node 22's syntax detection for files of no declared type: CommonJS,
// unless the file does not compile as a script and does as a module.
function detectFormat(filePath, source, scope) {
  if (!/\b(?:import|export|await)\b/.test(source)) return 'commonjs';
  try {
    binding.compileFunction(source, filePath, 'exports, require, module, __filename, __dirname');
    return 'commonjs';
  } catch (err) {
    if (!(err instanceof SyntaxError) || !binding.looksLikeModule(source)) return 'commonjs';
  }
  warnTypeless(filePath, scope);
  return 'module';
}

function warnTypeless(filePath, scope) {
  if (!scope || filePath.includes('/node_modules/')) return;
  process.emitWarning(
    `Module type of ${pathToURL(filePath)} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${scope.path}.`,
    { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

function readSource(filePath) {
  return sources.readFileUtf8(filePath);
}

// ---- hooks called by QuickJS -----------------------------------------------------

function checkAttributes(attrs, name) {
  if (attrs === undefined || attrs === null) return undefined;
  for (const key of Object.keys(attrs)) {
    if (key !== 'type' || attrs[key] !== 'json') {
      throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(
        `Import attribute "${key}" with value "${attrs[key]}" is not supported${name ? ` in ${name}` : ''}`);
    }
  }
  return attrs.type;
}

// The last specifier each module name was imported by, for error messages
// that Node words with the specifier as written.
const specifiers = new Map();
function writtenSpecifier(name) {
  return specifiers.get(name) ?? name;
}

function resolveHook(specifier, base, attrs) {
  const name = resolveName(specifier, base, attrs);
  checkAttributes(attrs, name);
  specifiers.set(name, specifier);
  return name;
}

function resolveName(specifier, base, attrs) {
  // Code that is not a module (CommonJS, -e) imports relative to its
  // file, or to the working directory.
  if (base === '' || (!base.startsWith('file:') && !base.startsWith('/'))) {
    if (specifier.startsWith('file:') || specifier.startsWith('node:') || specifier.startsWith('data:')) {
      if (base === '') return resolveImport(specifier, `${process.cwd()}/[eval]`);
    }
    base = `${process.cwd()}/${base || '[eval]'}`;
  }
  return resolveImport(specifier, base);
}

function loadHook(name, attrs) {
  const type = checkAttributes(attrs, name);
  if (name.startsWith('node:')) {
    const exports = require('internal/modules/builtins').loadBuiltin(name);
    requireType(name, type, 'builtin');
    const names = ['default', ...Object.keys(exports).filter((k) => k !== 'default')];
    records.set(name, { format: 'builtin', names, exports });
    return { kind: 'synthetic', names };
  }
  if (name.startsWith('data:')) return loadDataURL(name, type);
  const filePath = urlToPath(name);
  let source;
  const getSource = () => (source ??= readSource(filePath));
  const format = formatOf(filePath, getSource);
  requireType(name, type, format);
  if (format === 'module') {
    const text = getSource();
    execution.registerSource(name, text);
    records.set(name, { format, path: filePath, evaluated: false, seq: ++loadSeq });
    // The appended statement runs only when the body completes.
    return { kind: 'module', source: `${text}\n;import.meta.resolve(${JSON.stringify(EVALUATED)});` };
  }
  if (format === 'json') {
    records.set(name, { format, path: filePath, names: ['default'] });
    return { kind: 'synthetic', names: ['default'] };
  }
  if (format === 'addon') {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`Loading the native addon ${filePath}`);
  }
  const names = ['default', ...commonJSExportNames(filePath, getSource())];
  records.set(name, { format: 'commonjs', path: filePath, names });
  return { kind: 'synthetic', names };
}

function requireType(name, type, format) {
  if (format === 'json' && type !== 'json') {
    throw new codes.ERR_IMPORT_ATTRIBUTE_MISSING(`Module "${name}" needs an import attribute of "type: json"`);
  }
  if (type === 'json' && format !== 'json') {
    throw new codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(`Module "${name}" is not of type "json"`);
  }
}

function loadDataURL(name, type) {
  const m = /^data:([^,;]*)(;base64)?,(.*)$/s.exec(name);
  if (!m) throw new codes.ERR_INVALID_URL ? new codes.ERR_INVALID_URL(name) : new TypeError(`Invalid URL: ${name}`);
  const body = m[2] ? require('buffer').Buffer.from(m[3], 'base64').toString() : decodeURIComponent(m[3]);
  const mime = m[1];
  if (mime === 'text/javascript') {
    requireType(name, type, 'module');
    records.set(name, { format: 'module', evaluated: false, seq: ++loadSeq });
    return { kind: 'module', source: `${body}\n;import.meta.resolve(${JSON.stringify(EVALUATED)});` };
  }
  if (mime === 'application/json') {
    requireType(name, type, 'json');
    records.set(name, { format: 'json', names: ['default'], source: body });
    return { kind: 'synthetic', names: ['default'] };
  }
  throw new codes.ERR_UNKNOWN_MODULE_FORMAT(`Unknown module format: ${mime} for URL ${name}`);
}

// Names of a CommonJS file's exports, following re-exports.
function commonJSExportNames(filePath, source, seen = new Set()) {
  if (seen.has(filePath)) return [];
  seen.add(filePath);
  const { analyze } = require('internal/modules/esm/cjs_exports');
  const { names, reexports } = analyze(source);
  const all = new Set(names);
  if (reexports.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    const fake = { filename: filePath, paths: Module._nodeModulePaths(path.dirname(filePath)) };
    for (const spec of reexports) {
      let target;
      try {
        target = Module._resolveFilename(spec, fake, false);
      } catch {
        continue;
      }
      if (!target.startsWith('/') || !/\.(c?js)$|^[^.]*$/.test(path.basename(target))) continue;
      for (const n of commonJSExportNames(target, readSource(target), seen)) all.add(n);
    }
  }
  all.delete('default');
  return [...all];
}

function initMetaHook(meta, name) {
  if (name.startsWith('file:')) {
    const filename = urlToPath(name);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = function resolve(specifier) {
    if (specifier === EVALUATED) {
      const record = records.get(name);
      if (record) record.evaluated = true;
      return undefined;
    }
    if (arguments.length === 0) {
      throw new codes.ERR_MISSING_ARGS('specifier');
    }
    specifier = `${specifier}`;
    try {
      return resolveImport(specifier, name);
    } catch (err) {
      // Like Node, a file that does not exist still resolves to its URL.
      if (err.code === 'ERR_MODULE_NOT_FOUND' && err.url) return err.url;
      throw err;
    }
  };
  meta.url = name;
  // Node 22.18+: whether this module is the program's entry point.
  meta.main = name === mainURL;
}

let mainURL;

function evaluateSyntheticHook(name) {
  const record = records.get(name);
  if (record.format === 'builtin') {
    return record.names.map((n) => [n, n === 'default' ? record.exports : record.exports[n]]);
  }
  if (record.format === 'json') {
    const text = record.source ?? readSource(record.path);
    let value;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      err.message = `${record.path ?? name}: ${err.message}`;
      throw err;
    }
    return [['default', value]];
  }
  const { Module } = require('internal/modules/cjs/loader');
  const exports = Module._load(record.path, null, false);
  const isObj = exports !== null && (typeof exports === 'object' || typeof exports === 'function');
  return record.names.map((n) => [n, n === 'default' ? exports : (isObj ? exports[n] : undefined)]);
}

binding.setModuleHooks({
  resolve: resolveHook,
  load: loadHook,
  initMeta: initMetaHook,
  evaluateSynthetic: evaluateSyntheticHook,
});

// ---- entry points ------------------------------------------------------------------

// Each record remembers when it was loaded, so that the records of a
// graph that failed to link (QuickJS drops those modules) can be told apart.
let loadSeq = 0;

function markFailedSince(seq) {
  for (const record of records.values()) {
    if (record.seq > seq && record.format === 'module' && !record.evaluated) record.failed = true;
  }
}

// Runs the main entry as an ES module. Returns the promise of its
// evaluation (the event loop reports a rejection as uncaught).
function runMainESM(mainPath) {
  const url = pathToURL(mainPath);
  mainURL = url;
  const seq = loadSeq;
  const p = binding.importModule(url, '');
  p.then(undefined, () => markFailedSince(seq));
  return p;
}

// require() of an ES module (Node 22): synchronous, and an error for a
// graph with top-level await.
function requireESM(filePath, parent) {
  const url = pathToURL(filePath);
  const record = records.get(url);
  // A module loaded but not yet run to its end is, unless its graph failed,
  // on the stack of the graph being evaluated now: a cycle.
  if (record && record.format === 'module' && !record.evaluated && !record.failed) {
    throw new codes.ERR_REQUIRE_CYCLE_MODULE(
      `Cannot require() ES Module ${filePath} in a cycle.${parent?.filename ? ` (from ${parent.filename})` : ''} ` +
      'A cycle involving require(esm) is not allowed to maintain invariants mandated by the ECMAScript specification. ' +
      'Try making at least part of the dependency in the graph lazily loaded.');
  }
  const seq = loadSeq;
  const result = binding.loadModuleSync(url);
  const noop = () => {};
  result.load.then(undefined, noop);
  let [state, value] = binding.promiseState(result.load);
  if (state === 2) {
    markFailedSince(seq);
    throw value;
  }
  if (!result.evaluation) throw new Error(`sandnode: lost track of ES module ${url}`);
  result.evaluation.then(undefined, noop);
  [state, value] = binding.promiseState(result.evaluation);
  if (state === 2) {
    markFailedSince(seq);
    throw value;
  }
  if (state === 0) {
    let message = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
      'To see where the top-level await comes from, use --experimental-print-required-tla.';
    if (parent?.filename) message += `\n  From ${parent.filename} `;
    message += `\n  Requiring ${filePath} `;
    throw new codes.ERR_REQUIRE_ASYNC_MODULE(message);
  }
  return facade(result.namespace);
}

// Node 22 gives a namespace with a default export (and no __esModule)
// an `__esModule: true` marker, so transpiled CommonJS reads `default`.
function facade(ns) {
  if (!('default' in ns) || '__esModule' in ns) return ns;
  const out = Object.create(null);
  Object.defineProperty(out, '__esModule', { value: true, enumerable: true });
  for (const key of Object.keys(ns)) {
    Object.defineProperty(out, key, { enumerable: true, value: ns[key] });
  }
  Object.defineProperty(out, Symbol.toStringTag, { value: 'Module' });
  return Object.preventExtensions(out);
}

module.exports = { runMainESM, requireESM, formatOf, records, detectFormat, writtenSpecifier };
