// CommonJS modules: `require`, `module`, and Node's resolution for them:
// relative and absolute paths with extension and index probing, package.json
// "main", "exports" and "imports" (with the "require" conditions),
// self-reference, the node_modules walk, symlinks resolved to real paths,
// `.js`, `.cjs`, `.json`, and require() of ES modules (Node 22).
// Files are read through wasi:filesystem, so the sandbox's preopens apply.
'use strict';

const path = require('path');
// File reads go through the table of a built command (sources.js).
const sources = require('internal/modules/sources');
const { builtinIds, loadBuiltin, isBuiltin } = require('internal/modules/builtins');
const execution = require('internal/process/execution');
const packageJson = require('internal/modules/package_json_reader');
const esmResolve = require('internal/modules/esm/resolve');
const esmLoader = require('internal/modules/esm/loader');
const { codes } = require('internal/errors');

const WRAPPER_PARAMS = 'exports, require, module, __filename, __dirname';

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setExports(this, {});
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
  if (parent?.children && !parent.children.includes(this)) parent.children.push(this);
}

function setExports(mod, value) {
  mod.exports = value;
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = builtinIds();
Module.isBuiltin = isBuiltin;
Module.Module = Module;
Module.globalPaths = [];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;

// ---- resolution --------------------------------------------------------------

const STAT_FILE = 1;
const STAT_DIR = 2;

// Real paths are looked up once per process (Node keeps the same cache).
const realpathCache = new Map();
function toRealPath(p) {
  let real = realpathCache.get(p);
  if (real === undefined) {
    try {
      real = sources.realpath(p);
    } catch {
      real = p;
    }
    realpathCache.set(p, real);
  }
  return real;
}

// While a require() call runs (and everything it loads in turn), stat
// results are kept, as Node does: the tree does not change under one load.
let statCache = null;
let loadDepth = 0;
function stat(p) {
  if (statCache === null) return sources.statKind(p);
  let kind = statCache.get(p);
  if (kind === undefined) {
    kind = sources.statKind(p);
    statCache.set(p, kind);
  }
  return kind;
}

function tryFile(p) {
  return stat(p) === STAT_FILE ? toRealPath(p) : undefined;
}

function tryExtensions(p) {
  for (const ext of Object.keys(Module._extensions)) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return undefined;
}

function tryDirectory(dir, request) {
  const pjson = packageJson.read(`${dir}/package.json`);
  if (pjson.exists && pjson.main) {
    const m = path.resolve(dir, pjson.main);
    const found = tryFile(m) || tryExtensions(m) || tryExtensions(path.join(m, 'index'));
    if (found) return found;
    const index = tryExtensions(path.join(dir, 'index'));
    if (index) {
      process.emitWarning(
        `Invalid 'main' field in '${pjson.path}' of '${pjson.main}'. Please either fix that or report it to the module author`,
        'DeprecationWarning', 'DEP0128');
      return index;
    }
    const err = new Error(`Cannot find module '${m}'. Please verify that the package.json has a valid "main" entry`);
    err.code = 'MODULE_NOT_FOUND';
    err.path = pjson.path;
    err.requestPath = request;
    throw err;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function tryPath(p, isDirSpecifier, request) {
  if (!isDirSpecifier) {
    const f = tryFile(p) || tryExtensions(p);
    if (f) return f;
  }
  if (stat(p) === STAT_DIR) return tryDirectory(p, request);
  return undefined;
}

Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '';
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

// An exports target must be an existing file.
function finalizeExportsTarget(resolved, pjsonPath) {
  if (typeof resolved !== 'string') return undefined;
  const found = tryFile(resolved);
  if (found) return found;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = pjsonPath;
  throw err;
}

function resolveBare(request, lookup, parent) {
  const { name, subpath } = (() => {
    try {
      return esmResolve.parsePackageName(request);
    } catch {
      return { name: undefined, subpath: undefined };
    }
  })();
  // The package's own name, from inside it.
  if (name !== undefined && parent?.filename) {
    const scope = packageJson.scopeOf(parent.filename);
    if (scope && scope.name === name && scope.exports !== undefined && scope.exports !== null) {
      const r = esmResolve.exportsResolve(path.dirname(scope.path), subpath, scope, esmResolve.REQUIRE_CONDITIONS,
        parent.filename);
      return finalizeExportsTarget(r, scope.path);
    }
  }
  const isDirSpecifier = request.endsWith('/');
  for (const dir of lookup) {
    if (name !== undefined) {
      const pkgDir = `${dir}/${name}`;
      const pjson = stat(pkgDir) === STAT_DIR ? packageJson.read(`${pkgDir}/package.json`) : undefined;
      if (pjson?.exists && pjson.exports !== undefined && pjson.exports !== null) {
        const r = esmResolve.exportsResolve(pkgDir, subpath, pjson, esmResolve.REQUIRE_CONDITIONS);
        return finalizeExportsTarget(r, pjson.path);
      }
    }
    const found = tryPath(path.join(dir, request), isDirSpecifier, request);
    if (found) return found;
  }
  return undefined;
}

function resolveImports(request, parent) {
  const from = parent?.filename ?? `${process.cwd()}/[eval]`;
  const scope = packageJson.scopeOf(from);
  if (!scope || scope.imports === undefined || scope.imports === null) return undefined;
  const r = esmResolve.importsResolve(request, from, esmResolve.REQUIRE_CONDITIONS, from);
  if (typeof r === 'object') {
    if (isBuiltin(r.bare)) return r.bare;
    return Module._resolveFilename(r.bare, parent);
  }
  return finalizeExportsTarget(r, scope.path);
}

Module._resolveFilename = function (request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  let found;
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' ||
    request === '..' || path.isAbsolute(request);
  if (isRelative) {
    const isDirSpecifier = request.endsWith('/') || request === '.' || request === '..';
    const bases = options?.paths ?? [parent?.filename ? path.dirname(parent.filename) : process.cwd()];
    for (const base of bases) {
      found = tryPath(path.resolve(base, request), isDirSpecifier, request);
      if (found) break;
    }
  } else if (request.startsWith('#') && !options?.paths) {
    found = resolveImports(request, parent);
  } else {
    const lookup = options?.paths
      ? options.paths.flatMap((p) => Module._nodeModulePaths(p))
      : (parent?.paths ?? Module._nodeModulePaths(process.cwd()));
    found = resolveBare(request, lookup, options?.paths ? undefined : parent);
  }
  if (found) return found;

  const requireStack = [];
  for (let m = parent; m; m = m.parent) {
    if (m.filename || m.id) requireStack.push(m.filename || m.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ---- loading -----------------------------------------------------------------

Module._load = function (request, parent, isMain) {
  if (request.startsWith('node:')) return loadBuiltin(request);
  if (loadDepth === 0) statCache = new Map();
  loadDepth++;
  try {
    return loadModule(request, parent, isMain);
  } finally {
    if (--loadDepth === 0) statCache = null;
  }
};

function loadModule(request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent, isMain);
  if (isBuiltin(filename)) return loadBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    if (!cached.loaded) return exportsForCircularRequire(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
    // The warning prototype only lives while the module loads.
    if (module.exports !== null && typeof module.exports === 'object' &&
        Object.getPrototypeOf(module.exports) === circularWarningPrototype) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
}

// A module required while it is still loading (a cycle) hands out its
// partial exports. Like Node, reading a property they do not have yet warns.
const circularWarningPrototype = new Proxy({}, {
  get(target, prop, receiver) {
    if (prop in Object.prototype || typeof prop === 'symbol' || prop === '__esModule') {
      return Reflect.get(Object.prototype, prop, receiver);
    }
    process.emitWarning(
      `Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.hasOwn(Object.prototype, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    process.emitWarning(
      `Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
    return undefined;
  },
});

function exportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularWarningPrototype);
  }
  return exports;
}

// The extension whose handler loads `filename` (Node: the longest
// registered one, `.js` otherwise).
function extensionOf(filename) {
  const base = path.basename(filename);
  let idx = base.indexOf('.', 1);
  while (idx !== -1) {
    const ext = base.slice(idx);
    if (Module._extensions[ext]) return ext;
    idx = base.indexOf('.', idx + 1);
  }
  return '.js';
}

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const ext = path.extname(filename);
  if (ext === '.mjs' || (ext === '.js' && packageJson.scopeOf(filename)?.type === 'module')) {
    loadESM(this, filename);
  } else {
    Module._extensions[extensionOf(filename)](this, filename);
  }
  this.loaded = true;
};

function loadESM(module, filename) {
  module.exports = esmLoader.requireESM(filename, module.parent);
}

Module.prototype.require = function (id) {
  if (typeof id !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

let mainModule;

function makeRequire(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  const resolve = function resolve(request, options) {
    if (typeof request !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    if (options !== undefined && options.paths !== undefined && !Array.isArray(options.paths)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.paths', 'Array', options.paths);
    }
    const paths = options?.paths?.map((p) => path.resolve(mod.filename ? path.dirname(mod.filename) : process.cwd(), p));
    return Module._resolveFilename(request, mod, false, paths ? { paths } : undefined);
  };
  resolve.paths = (request) => {
    if (isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
      return [mod.filename ? path.dirname(mod.filename) : process.cwd()];
    }
    return mod.paths.slice();
  };
  require.resolve = resolve;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.prototype._compile = function (content, filename) {
  execution.registerSource(filename, content);
  let fn;
  try {
    fn = binding.compileFunction(content, filename, WRAPPER_PARAMS);
  } catch (err) {
    // Node 22: a file of no declared type that only parses as a module is one.
    if (err instanceof SyntaxError && filename.endsWith('.js') &&
        (packageJson.scopeOf(filename)?.type ?? 'none') === 'none' &&
        /\b(?:import|export|await)\b/.test(content) && binding.looksLikeModule(content)) {
      if (this.id === '.') throw new RetryAsESM();
      loadESM(this, filename);
      return undefined;
    }
    throw err;
  }
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

class RetryAsESM {}

Module._extensions['.js'] = function (module, filename) {
  module._compile(sources.readFileUtf8(filename), filename);
};

Module._extensions['.json'] = function (module, filename) {
  const content = sources.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`Loading the native addon ${filename}`);
};

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = esmResolve.urlToPath(filename);
  } else if (filename instanceof URL) {
    filepath = esmResolve.urlToPath(filename.href);
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    filepath = filename;
  } else {
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const mod = new Module(proxyPath, null);
  mod.filename = proxyPath;
  mod.paths = Module._nodeModulePaths(path.dirname(proxyPath));
  return makeRequire(mod);
};

Module._initPaths = function () {};
Module.syncBuiltinESMExports = function () {};

// Runs the main program: as an ES module when its extension or package
// type says so (or Node 22's syntax detection does), else as CommonJS.
function runMain(mainPath) {
  const resolved = Module._resolveFilename(path.resolve(mainPath), null, true);
  const ext = path.extname(resolved);
  const type = packageJson.scopeOf(resolved)?.type ?? 'none';
  if (ext === '.mjs' || (type === 'module' && (ext === '.js' || ext === ''))) {
    return esmLoader.runMainESM(resolved);
  }
  try {
    Module._load(resolved, null, true);
  } catch (err) {
    if (!(err instanceof RetryAsESM)) throw err;
    delete Module._cache[resolved];
    mainModule = undefined;
    process.mainModule = undefined;
    esmLoader.detectFormat(resolved, sources.readFileUtf8(resolved), packageJson.scopeOf(resolved));
    return esmLoader.runMainESM(resolved);
  }
  return undefined;
}

Module.runMain = runMain;
Module.makeRequire = makeRequire;

module.exports = { Module, runMain, makeRequire };
