// node:os — facts about the machine as the sandbox presents it.
//
// A sandboxed program learns nothing about the host that it was not granted:
// the guest has no system calls that could tell it the host's name, users,
// CPUs, load or network, so every answer below is either a constant of the
// virtual machine sandnode presents, or derived from what was granted (the
// environment, only with --allow-env) or from the sandbox's own clock and
// memory.
//
// | function               | in sandnode                                         | source          |
// | ---------------------- | --------------------------------------------------- | --------------- |
// | EOL, devNull           | '\n', '/dev/null'                                   | constant        |
// | platform(), type()     | 'linux', 'Linux' (WASI presents POSIX paths)        | constant        |
// | arch(), machine()      | 'wasm32' (same as process.arch)                     | constant        |
// | release()              | '0.0.0-sandnode'                                    | constant        |
// | version()              | 'sandnode WASI 0.2'                                 | constant        |
// | endianness()           | 'LE' (wasm is little-endian)                        | constant        |
// | hostname()             | 'localhost'                                         | constant        |
// | cpus()                 | one CPU { model 'wasm32', speed 0, times all 0 }    | constant        |
// | availableParallelism() | 1 (the guest runs on one thread)                    | constant        |
// | totalmem()             | 4 GiB (the most a wasm32 memory can hold)           | constant        |
// | freemem()              | 4 GiB minus the guest's current linear memory       | sandbox memory  |
// | loadavg()              | [0, 0, 0]                                           | constant        |
// | uptime()               | seconds since the sandbox started (2 decimals)      | sandbox clock   |
// | networkInterfaces()    | {} (no network is granted)                          | constant        |
// | homedir()              | $HOME if granted, else '/'                          | granted env     |
// | tmpdir()               | $TMPDIR/$TMP/$TEMP if granted, else '/tmp'          | granted env     |
// | userInfo()             | uid 0, gid 0, $USER if granted else 'sandnode',     | granted env     |
// |                        | homedir() as above, shell null                      |                 |
// | getPriority(pid)       | 0 for this process (0 or process.pid); ESRCH for    | constant        |
// |                        | any other pid: no other process is visible          |                 |
// | setPriority()          | validates, then ERR_NOT_SUPPORTED_IN_SANDNODE       | -               |
// | constants              | Linux's values (signals, errno, priority, dlopen)   | constant        |
'use strict';

const { codes, fixStackName } = require('internal/errors');

const nullProto = (obj) => Object.setPrototypeOf(obj, null);

const signals = Object.freeze(nullProto({
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
}));

const errno = nullProto({
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
  ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20,
  ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95,
  EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110,
  ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
});

const priority = nullProto({
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});

const constants = nullProto({
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno,
  signals,
  priority,
});

// wasm32's linear memory cannot exceed 4 GiB.
const WASM_MEMORY_MAX = 4 * 1024 * 1024 * 1024;

// Only what --allow-env granted is visible here; read at call time, never at load.
function env(name) {
  return globalThis.process?.env?.[name];
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// Node's SystemError for a failed libuv call: code ERR_SYSTEM_ERROR, an
// `info` object, and errno/syscall accessors that read and write `info`.
class SystemError extends Error {
  constructor(syscall, code, errnum, description) {
    super(`A system error occurred: ${syscall} returned ${code} (${description})`);
    const info = { errno: -errnum, code, message: description, syscall };
    this.code = 'ERR_SYSTEM_ERROR';
    this.info = info;
    for (const key of ['errno', 'syscall']) {
      Object.defineProperty(this, key, {
        get() { return info[key]; },
        set(v) { info[key] = v; },
        enumerable: true,
        configurable: true,
      });
    }
    fixStackName(this, 'SystemError [ERR_SYSTEM_ERROR]');
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', writable: true, configurable: true });

function homedir() {
  return env('HOME') || '/';
}

function tmpdir() {
  let dir = env('TMPDIR') || env('TMP') || env('TEMP') || '/tmp';
  if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir;
}

function cpus() {
  // One CPU: the guest runs on a single thread.
  return [{ model: 'wasm32', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } }];
}

function totalmem() {
  return WASM_MEMORY_MAX;
}

function freemem() {
  return Math.max(0, WASM_MEMORY_MAX - binding.memoryUsage().rss);
}

function uptime() {
  // The sandbox's monotonic clock starts with the sandbox.
  return Math.floor(binding.monotonicMs() / 10) / 100;
}

// As in Node, any encoding other than 'buffer' means strings.
function userInfo(options) {
  const user = nullProto({
    uid: 0,
    gid: 0,
    username: env('USER') || 'sandnode',
    homedir: homedir(),
    shell: null,
  });
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  if (encoding === 'buffer') {
    const { Buffer } = require('buffer');
    user.username = Buffer.from(user.username);
    user.homedir = Buffer.from(user.homedir);
  }
  return user;
}

function isSelf(pid) {
  return pid === 0 || pid === globalThis.process?.pid;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  if (!isSelf(pid)) throw new SystemError('uv_os_getpriority', 'ESRCH', 3, 'no such process');
  return 0;
}

function setPriority(pid, prio) {
  if (prio === undefined) {
    prio = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(prio, 'priority', -20, 19);
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('os.setPriority()');
}

// Node lets these be used as values too (`${os.hostname}`), via toPrimitive.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

module.exports = {
  arch: withPrimitive(function arch() { return 'wasm32'; }),
  availableParallelism: withPrimitive(function availableParallelism() { return 1; }),
  cpus,
  endianness: withPrimitive(function endianness() { return 'LE'; }),
  freemem: withPrimitive(freemem),
  getPriority,
  homedir: withPrimitive(homedir),
  hostname: withPrimitive(function hostname() { return 'localhost'; }),
  loadavg: function loadavg() { return [0, 0, 0]; },
  networkInterfaces: function networkInterfaces() { return {}; },
  platform: withPrimitive(function platform() { return 'linux'; }),
  release: withPrimitive(function release() { return '0.0.0-sandnode'; }),
  setPriority,
  tmpdir: withPrimitive(tmpdir),
  totalmem: withPrimitive(totalmem),
  type: withPrimitive(function type() { return 'Linux'; }),
  userInfo,
  uptime: withPrimitive(uptime),
  version: withPrimitive(function version() { return 'sandnode WASI 0.2'; }),
  machine: withPrimitive(function machine() { return 'wasm32'; }),
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, writable: false, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
