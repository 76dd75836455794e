// Fills `process` with what the host passed at launch: argv, env, ids, cwd,
// and the stdio streams.
'use strict';

function init(process, config) {
  process._setStartup(config);
  process.execPath = config.execPath;
  process.argv0 = 'node';
  process.pid = config.pid ?? 1;
  process.ppid = config.ppid ?? 0;
  // argv[1] is the absolute script path when running a file; with -e, -p or
  // stdin Node has no script entry.
  process.argv = config.mode === 'file'
    ? [config.execPath, config.payload, ...config.userArgs]
    : [config.execPath, ...config.userArgs];
  // Only the variables the host passed in (none unless --allow-env).
  process.env = makeEnv(binding.environ());

  const stdio = require('internal/process/stdio');
  defineLazy(process, 'stdout', () => stdio.createWritable(1, config.stdoutSize));
  defineLazy(process, 'stderr', () => stdio.createWritable(2, config.stderrSize));
  defineLazy(process, 'stdin', () => stdio.createStdin());
}

function defineLazy(obj, name, make) {
  let value;
  Object.defineProperty(obj, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (value === undefined) value = make();
      return value;
    },
  });
}

// Node's process.env coerces every assigned value to a string.
function makeEnv(initial) {
  const target = Object.create(null);
  Object.assign(target, initial);
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === 'symbol') return false;
      t[key] = String(value);
      return true;
    },
    defineProperty(t, key, desc) {
      if ('value' in desc) desc = { ...desc, value: String(desc.value) };
      return Reflect.defineProperty(t, key, desc);
    },
    getPrototypeOf() {
      return Object.prototype;
    },
  });
}

module.exports = { init };
