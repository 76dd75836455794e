// CommonJS modules: `require`, `module`, resolution of relative, absolute and
// bare specifiers (node_modules walk, package.json `main`, index files),
// `.js`, `.cjs` and `.json`, and the `node:` built-ins.
// Files are read through wasi:filesystem, so the sandbox's preopens apply.
'use strict';

const path = require('path');
const { builtinIds, loadBuiltin, isBuiltin } = require('internal/modules/builtins');
const execution = require('internal/process/execution');

const WRAPPER_PARAMS = 'exports, require, module, __filename, __dirname';

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  this.parent = parent;
  if (parent?.children && !parent.children.includes(this)) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = builtinIds();
Module.isBuiltin = isBuiltin;
Module.Module = Module;

// ---- resolution --------------------------------------------------------------

const STAT_FILE = 1;
const STAT_DIR = 2;

function tryFile(p) {
  return binding.statKind(p) === STAT_FILE ? p : undefined;
}

function tryExtensions(p) {
  for (const ext of Object.keys(Module._extensions)) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return undefined;
}

function readPackageMain(dir) {
  const pkgPath = path.join(dir, 'package.json');
  if (binding.statKind(pkgPath) !== STAT_FILE) return undefined;
  let pkg;
  try {
    pkg = JSON.parse(binding.readFileUtf8(pkgPath));
  } catch (err) {
    err.path = pkgPath;
    err.message = `Error parsing ${pkgPath}: ${err.message}`;
    throw err;
  }
  return typeof pkg.main === 'string' ? pkg.main : undefined;
}

function tryDirectory(dir) {
  const main = readPackageMain(dir);
  if (main) {
    const m = path.resolve(dir, main);
    const found = tryFile(m) || tryExtensions(m) || tryExtensions(path.join(m, 'index'));
    if (found) return found;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function tryPath(p, isDirSpecifier) {
  if (!isDirSpecifier) {
    const f = tryFile(p) || tryExtensions(p);
    if (f) return f;
  }
  if (binding.statKind(p) === STAT_DIR) return tryDirectory(p);
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

Module._resolveFilename = function (request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  const isDirSpecifier = request.endsWith('/');
  let found;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..' ||
      path.isAbsolute(request)) {
    const bases = options?.paths ?? [parent?.filename ? path.dirname(parent.filename) : process.cwd()];
    for (const base of bases) {
      found = tryPath(path.resolve(base, request), isDirSpecifier);
      if (found) break;
    }
  } else {
    const lookup = options?.paths
      ? options.paths.flatMap((p) => Module._nodeModulePaths(p))
      : (parent?.paths ?? Module._nodeModulePaths(process.cwd()));
    for (const dir of lookup) {
      found = tryPath(path.join(dir, request), isDirSpecifier);
      if (found) break;
    }
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
  if (request.startsWith('node:')) return loadBuiltin(request.slice(5));
  const filename = Module._resolveFilename(request, parent, isMain);
  if (isBuiltin(filename)) return loadBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
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
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (!Module._extensions[ext]) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

let mainModule;

Module.makeRequireExtras = function (mod) {
  const resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  resolve.paths = (request) => (isBuiltin(request) ? null : mod.paths);
  return { resolve, cache: Module._cache, main: mainModule, extensions: Module._extensions };
};

Module.prototype._compile = function (content, filename) {
  execution.registerSource(filename, content);
  const fn = binding.compileFunction(content, filename, WRAPPER_PARAMS);
  const require = (id) => this.require(id);
  Object.assign(require, Module.makeRequireExtras(this));
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

Module._extensions['.js'] = function (module, filename) {
  module._compile(binding.readFileUtf8(filename), filename);
};

Module._extensions['.json'] = function (module, filename) {
  const content = binding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.cjs'] = Module._extensions['.js'];

Module.createRequire = function (filename) {
  if (typeof filename === 'string' && filename.startsWith('file://')) {
    filename = decodeURIComponent(filename.slice(7));
  }
  const mod = new Module(filename, null);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(path.dirname(filename));
  const req = (id) => mod.require(id);
  Object.assign(req, Module.makeRequireExtras(mod));
  return req;
};

function runMain(mainPath) {
  Module._load(mainPath, null, true);
}

module.exports = { Module, runMain };
