// node:os — facts about the machine as the sandbox presents it.
//
// A sandboxed program does not learn the host's hostname, users or network
// interfaces. It sees one single-threaded wasm32 CPU, its own memory limit
// as total memory, and conventional paths.
'use strict';

const signals = Object.freeze({
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

const errno = Object.freeze({
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

const priority = Object.freeze({
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});

const constants = Object.freeze({
  UV_UDP_REUSEADDR: 4,
  dlopen: Object.freeze({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno,
  signals,
  priority,
});

// wasm32's linear memory cannot exceed 4 GiB.
const WASM_MEMORY_MAX = 4 * 1024 * 1024 * 1024;

function env(name) {
  return globalThis.process?.env?.[name];
}

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

function userInfo(options) {
  const user = {
    uid: 0,
    gid: 0,
    username: env('USER') || 'sandnode',
    homedir: homedir(),
    shell: null,
  };
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    user.username = Buffer.from(user.username);
    user.homedir = Buffer.from(user.homedir);
  }
  return user;
}

function setPriority() {
  const { codes } = require('internal/errors');
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('os.setPriority()');
}

module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  constants,
  arch: () => 'wasm32',
  platform: () => 'linux',
  type: () => 'Linux',
  release: () => '0.0.0-sandnode',
  version: () => 'sandnode WASI 0.2',
  machine: () => 'wasm32',
  hostname: () => 'localhost',
  homedir,
  tmpdir,
  endianness: () => 'LE',
  cpus,
  availableParallelism: () => 1,
  totalmem,
  freemem,
  loadavg: () => [0, 0, 0],
  uptime: () => Math.floor(binding.monotonicMs() / 1000),
  userInfo,
  networkInterfaces: () => ({}),
  getPriority: () => 0,
  setPriority,
};
