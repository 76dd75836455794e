// node:console — the Console class and the global `console`.
'use strict';

const { formatWithOptions, inspect } = require('internal/util/inspect');
const { codes } = require('internal/errors');

const kGroupIndent = Symbol('kGroupIndent');
const kCounts = Symbol('kCounts');
const kTimers = Symbol('kTimers');

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return new Console(options, stderr, ignoreErrors);
  if (options === null || typeof options !== 'object' || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const stdout = options.stdout;
  if (!stdout || typeof stdout.write !== 'function') {
    throw new codes.ERR_INVALID_ARG_VALUE('stdout', stdout, 'must be a writable stream');
  }
  const err = options.stderr ?? stdout;
  if (typeof err.write !== 'function') {
    throw new codes.ERR_INVALID_ARG_VALUE('stderr', err, 'must be a writable stream');
  }
  Object.defineProperties(this, {
    _stdout: { value: stdout, writable: true, configurable: true },
    _stderr: { value: err, writable: true, configurable: true },
    _ignoreErrors: { value: options.ignoreErrors !== false },
    _colorMode: { value: options.colorMode ?? 'auto' },
    _inspectOptions: { value: options.inspectOptions },
    [kGroupIndent]: { value: '', writable: true },
    [kCounts]: { value: new Map() },
    [kTimers]: { value: new Map() },
  });
  // Methods are bound so `const { log } = console` works, as in Node.
  for (const key of Object.getOwnPropertyNames(Console.prototype)) {
    if (key === 'constructor') continue;
    this[key] = Console.prototype[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
}

function useColors(console, stream) {
  if (console._colorMode !== 'auto') return console._colorMode === true;
  return Boolean(stream.isTTY && (typeof stream.hasColors === 'function' ? stream.hasColors() : false));
}

function writeTo(console, useStderr, args) {
  const stream = useStderr ? console._stderr : console._stdout;
  const opts = { ...console._inspectOptions, colors: useColors(console, stream) };
  let text = formatWithOptions(opts, ...args);
  const indent = console[kGroupIndent];
  if (indent.length > 0) {
    text = indent + (text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text);
  }
  text += '\n';
  if (!console._ignoreErrors) {
    stream.write(text);
    return;
  }
  // Like Node, console swallows stream errors (EPIPE when piped into `head`):
  // on a failed write it adds a one-off 'error' listener, if the stream has
  // none, before the stream emits the error.
  try {
    stream.write(text, (err) => {
      if (err && typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    });
  } catch {
    // ignored, as in Node
  }
}

function noop() {}

function formatMs(ms) {
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) return `${(ms / 3600000).toFixed(3)}h`;
      return `${(ms / 60000).toFixed(3)}min`;
    }
    return `${(ms / 1000).toFixed(3)}s`;
  }
  return `${Number(ms.toFixed(3))}ms`;
}

Console.prototype.log = function log(...args) { writeTo(this, false, args); };
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.warn = function warn(...args) { writeTo(this, true, args); };
Console.prototype.error = Console.prototype.warn;

Console.prototype.dir = function dir(object, options) {
  const stream = this._stdout;
  const text = inspect(object, { customInspect: false, colors: useColors(this, stream), ...this._inspectOptions, ...options });
  writeTo(this, false, [text]);
};

Console.prototype.dirxml = Console.prototype.log;

Console.prototype.trace = function trace(...args) {
  const err = { name: 'Trace', message: formatWithOptions({}, ...args) };
  const holder = new Error(err.message);
  const frames = String(holder.stack).split('\n').filter((l) => /^\s+at /.test(l));
  // Drop this function's own frame.
  frames.shift();
  writeTo(this, true, [`Trace${err.message ? `: ${err.message}` : ''}\n${frames.join('\n')}`]);
};

Console.prototype.assert = function assert(expression, ...args) {
  if (expression) return;
  if (args.length > 0 && typeof args[0] === 'string') {
    args[0] = `Assertion failed: ${args[0]}`;
  } else {
    args.unshift('Assertion failed');
  }
  this.warn(...args);
};

Console.prototype.count = function count(label = 'default') {
  label = `${label}`;
  const counts = this[kCounts];
  const n = (counts.get(label) ?? 0) + 1;
  counts.set(label, n);
  this.log(`${label}: ${n}`);
};

Console.prototype.countReset = function countReset(label = 'default') {
  label = `${label}`;
  const counts = this[kCounts];
  if (!counts.has(label)) {
    process.emitWarning(`Count for '${label}' does not exist`);
    return;
  }
  counts.delete(label);
};

Console.prototype.group = function group(...data) {
  if (data.length > 0) this.log(...data);
  this[kGroupIndent] += '  ';
};
Console.prototype.groupCollapsed = Console.prototype.group;

Console.prototype.groupEnd = function groupEnd() {
  this[kGroupIndent] = this[kGroupIndent].slice(0, Math.max(0, this[kGroupIndent].length - 2));
};

Console.prototype.time = function time(label = 'default') {
  label = `${label}`;
  const timers = this[kTimers];
  if (timers.has(label)) {
    process.emitWarning(`Label '${label}' already exists for console.time()`);
    return;
  }
  timers.set(label, binding.monotonicMs());
};

function timeLogImpl(console, name, label, data) {
  const timers = console[kTimers];
  const start = timers.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const elapsed = binding.monotonicMs() - start;
  console.log(`%s: ${formatMs(elapsed)}`, label, ...data);
  return true;
}

Console.prototype.timeEnd = function timeEnd(label = 'default') {
  label = `${label}`;
  if (timeLogImpl(this, 'timeEnd', label, [])) this[kTimers].delete(label);
};

Console.prototype.timeLog = function timeLog(label = 'default', ...data) {
  timeLogImpl(this, 'timeLog', `${label}`, data);
};

Console.prototype.table = function table(data, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (data === null || typeof data !== 'object') return this.log(data);
  this.log(require('internal/console/table').renderTable(data, properties));
};

// Inspector-only methods are no-ops in Node without an inspector.
for (const name of ['profile', 'profileEnd', 'timeStamp', 'context']) {
  Console.prototype[name] = function () {};
}

// The global console looks up process.stdout and process.stderr when it
// writes, so that it can be created before the streams exist (the runtime
// is pre-initialised without any launch configuration).
const placeholder = { write() {} };
const globalConsole = new Console({ stdout: placeholder, stderr: placeholder });
Object.defineProperties(globalConsole, {
  _stdout: { get() { return process.stdout; }, configurable: true },
  _stderr: { get() { return process.stderr; }, configurable: true },
});
globalConsole.Console = Console;

module.exports = globalConsole;
