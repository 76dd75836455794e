// node:process — the `process` object. Values that come from the host
// (argv, env, pid, cwd) are filled in by internal/process/setup at startup.
'use strict';

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const loop = require('internal/event_loop');

// `process` prints as `process { ... }` and is an EventEmitter.
function Process() {}
Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
Object.defineProperty(Process, 'name', { value: 'process' });

const process = new Process();
EventEmitter.call(process);
// Libraries detect Node by `Object.prototype.toString.call(process)` being
// '[object process]' (axios picks its http adapter that way).
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', writable: true, enumerable: false, configurable: false,
});

const NODE_VERSION = 'v22.23.3';
const SANDNODE_VERSION = '0.1.0';

process.version = NODE_VERSION;
process.versions = {
  node: NODE_VERSION.slice(1),
  sandnode: SANDNODE_VERSION,
  quickjs: 'ng',
  modules: '127',
};
process.release = { name: 'node', lts: 'Jod' };
process.platform = 'linux';
process.arch = 'wasm32';
process.title = 'sandnode';
process.execArgv = [];
process.features = { inspector: false, ipv6: true, tls: false, typescript: false };
process.config = { variables: {} };
process.exitCode = undefined;
process._exiting = false;

// ---- exit --------------------------------------------------------------------

function validateExitCode(code) {
  if (code === undefined || code === null) return code;
  // Node accepts integer strings ('3') for compatibility.
  if (typeof code === 'string' && /^\s*-?\d+\s*$/.test(code)) return Number(code);
  if (typeof code !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('code', 'number', code);
  if (!Number.isInteger(code)) throw new codes.ERR_OUT_OF_RANGE('code', 'an integer', code);
  return code;
}

let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    exitCode = validateExitCode(code);
  },
});

// Emits 'exit' once, then ends the guest. `natural` is the program's normal
// end: as on V8, promise jobs queued by 'exit' listeners then still run
// (nextTick callbacks do not). After an explicit process.exit() they do not.
function exitNow(code, natural) {
  if (!process._exiting) {
    process._exiting = true;
    loop.markExiting();
    try {
      process.emit('exit', exitCode ?? code ?? 0);
      if (natural) {
        const failure = binding.runMicrotasks();
        if (failure !== undefined) throw failure.error;
      }
    } catch (err) {
      // An exception inside an 'exit' listener is still uncaught.
      require('internal/process/execution').fatalException(err);
    }
  }
  binding.exit(exitCode ?? code ?? 0);
}

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  exitNow(0, false);
};

// The end of the program once the loop is empty (used by internal/run_main).
Object.defineProperty(process, '_exitNaturally', {
  value: () => exitNow(0, true),
  enumerable: false,
});

process.reallyExit = function reallyExit(code) {
  binding.exit(validateExitCode(code) ?? 0);
};

process.abort = function abort() {
  binding.writeStderr('sandnode: process.abort() called\n');
  binding.exit(134);
};

process.kill = function kill(pid, signal) {
  if (pid === process.pid) {
    const sig = signal ?? 'SIGTERM';
    const num = typeof sig === 'number' ? sig : require('os').constants.signals[sig];
    if (num === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    if (num === 0) return true;
    binding.exit(128 + num);
  }
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('process.kill() of another process');
};

// ---- ticks, time -------------------------------------------------------------

process.nextTick = loop.nextTick;

function hrtime(prev) {
  const ns = binding.monotonicNs();
  let sec = Number(ns / 1000000000n);
  let nsec = Number(ns % 1000000000n);
  if (prev !== undefined) {
    if (!Array.isArray(prev)) throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', prev);
    if (prev.length !== 2) throw new codes.ERR_OUT_OF_RANGE('time', '2', prev.length);
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return binding.monotonicNs();
};
process.hrtime = hrtime;

let startMs = 0;
process.uptime = function uptime() {
  return (binding.monotonicMs() - startMs) / 1000;
};

function memoryUsage() {
  return binding.memoryUsage();
}
memoryUsage.rss = function rss() {
  return binding.memoryUsage().rss;
};
process.memoryUsage = memoryUsage;

process.cpuUsage = function cpuUsage(prev) {
  // WASI has no CPU clock: report wall time since start as user time.
  const user = Math.round((binding.monotonicMs() - startMs) * 1000);
  if (prev) return { user: user - prev.user, system: 0 - prev.system };
  return { user, system: 0 };
};

process.resourceUsage = function resourceUsage() {
  const { rss } = binding.memoryUsage();
  return { userCPUTime: process.cpuUsage().user, systemCPUTime: 0, maxRSS: Math.round(rss / 1024) };
};

// ---- cwd, umask, ids ---------------------------------------------------------

let cwd = '/';
process.cwd = function () {
  return cwd;
};
process.chdir = function chdir(dir) {
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`process.chdir('${dir}')`);
};
process.umask = function umask() {
  return 0o22;
};
process.getuid = () => 0;
process.geteuid = () => 0;
process.getgid = () => 0;
process.getegid = () => 0;

// ---- warnings ----------------------------------------------------------------

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const err = new Error(warning);
    err.name = String(type || 'Warning');
    if (code !== undefined) err.code = code;
    if (detail !== undefined) err.detail = detail;
    warning = err;
  } else if (!(warning instanceof Error)) {
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  loop.nextTick(() => process.emit('warning', warning));
};

let warnedOnce = false;
function writeWarning(warning) {
  if (process.noProcessWarnings) return;
  const codePart = warning.code ? `[${warning.code}] ` : '';
  let msg = `(${process.release.name}:${process.pid}) ${codePart}${warning.name}: ${warning.message}\n`;
  if (warning.detail) msg += `${warning.detail}\n`;
  if (!warnedOnce) {
    warnedOnce = true;
    const tip = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    msg += `(Use \`node ${tip} ...\` to show where the warning was created)\n`;
  }
  binding.writeStderr(msg);
}
process.on('warning', writeWarning);

// ---- misc --------------------------------------------------------------------

process.binding = function (name) {
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`process.binding('${name}')`);
};
process.dlopen = function dlopen() {
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('Loading native addons (process.dlopen)');
};
process.setUncaughtExceptionCaptureCallback = function (fn) {
  process._captureCallback = fn;
};
process.hasUncaughtExceptionCaptureCallback = function () {
  return typeof process._captureCallback === 'function';
};
process.getActiveResourcesInfo = function () {
  return [];
};

// Called by internal/process/setup with what the host passed in: once per
// run, and once more per request when `sandnode serve` snapshotted an app.
Object.defineProperty(process, '_setStartup', {
  value(config) {
    cwd = config.cwd;
    startMs = config.startMs;
  },
  enumerable: false,
  configurable: true,
});

module.exports = process;
