// The registry of built-in modules: which names Node has, which of them
// sandnode implements (a file under runtime-guest/js/), and loading them.
'use strict';

// Every public built-in of Node 22, so that `require('x')` of one sandnode
// lacks fails with a clear error instead of searching node_modules.
const NODE_BUILTINS = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];
// Reachable only with the `node:` prefix.
const SCHEME_ONLY = ['sea', 'sqlite', 'test', 'test/reporters'];

const known = new Set(NODE_BUILTINS);

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const bare = id.slice(5);
    return known.has(bare) || SCHEME_ONLY.includes(bare);
  }
  return known.has(id);
}

function implemented(id) {
  return binding.builtinSource(id) !== undefined;
}

function loadBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (!known.has(id) && !SCHEME_ONLY.includes(id)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(`node:${id}`);
  }
  if (!implemented(id)) {
    const err = new Error(`The built-in module 'node:${id}' is not supported by sandnode yet`);
    err.code = 'ERR_NOT_SUPPORTED_IN_SANDNODE';
    throw err;
  }
  return require(id);
}

function builtinIds() {
  return NODE_BUILTINS.slice();
}

module.exports = { isBuiltin, loadBuiltin, builtinIds, implemented };
