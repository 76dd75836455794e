// Builds the global environment Node programs expect: `process`, `console`,
// the timer functions, `queueMicrotask`, `global`.
'use strict';

const { codes } = require('internal/errors');

function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

function defineLazyGlobal(name, load) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get() {
      const value = load();
      defineGlobal(name, value);
      return value;
    },
    set(value) {
      defineGlobal(name, value);
    },
  });
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  // An exception in a microtask is an uncaught exception, not a rejection.
  const { state, runInFrame } = require('internal/async_context');
  const frame = state.frame;
  Promise.resolve().then(() => {
    try {
      runInFrame(frame, callback, undefined, []);
    } catch (err) {
      require('internal/event_loop').hooks.onUncaught(err);
    }
  });
}

// Modules every program needs, loaded (compiled and evaluated) ahead of
// time. Modules that read the clock or the launch configuration when they
// load (perf_hooks, os) are not among them.
const PRELOAD = [
  'internal/util/inspect',
  'util',
  'console',
  'path',
  'events',
  'internal/modules/cjs/loader',
  'internal/run_main',
  'internal/process/stdio',
  'internal/process/setup',
  // fetch, its classes and web streams: a served request (internal/serve)
  // uses them at once, and compiling them costs ~100 ms per instance.
  'stream/web',
  'internal/fetch/fetch',
  'internal/fetch/request',
  'internal/fetch/response',
  'internal/fetch/headers',
  'internal/serve',
];

const WEB_STREAM_GLOBALS = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
];

// URL.createObjectURL / URL.revokeObjectURL come from the blob registry.
// Until internal/url.js defines them itself, they are attached here.
function installObjectURLs(URL) {
  const blob = require('internal/blob');
  for (const name of ['createObjectURL', 'revokeObjectURL']) {
    if (Object.prototype.hasOwnProperty.call(URL, name)) continue;
    Object.defineProperty(URL, name, { value: blob[name], writable: true, configurable: true, enumerable: true });
  }
}

// Launch-independent set-up; see internal/main.js.
function init() {
  require('internal/error_stack').install();
  require('internal/json_parse').install();
  require('internal/util/types').trackProxies();
  // Math.random from the host's randomness, reseeded at every start (a
  // snapshot would otherwise replay one sequence).
  Object.defineProperty(binding.mathRandom, 'name', { value: 'random' });
  Object.defineProperty(Math, 'random', { value: binding.mathRandom, writable: true, configurable: true });
  defineGlobal('global', globalThis);
  const process = require('process');
  defineGlobal('process', process);
  require('internal/process/execution').install(process);
  const timers = require('timers');
  for (const name of Object.keys(timers)) defineGlobal(name, timers[name]);
  defineGlobal('queueMicrotask', queueMicrotask);
  const web = require('internal/event_target');
  for (const name of ['Event', 'EventTarget', 'DOMException', 'AbortController', 'AbortSignal', 'CustomEvent']) {
    defineGlobal(name, web[name]);
  }
  const { TextEncoder, TextDecoder } = require('internal/encoding');
  defineGlobal('TextEncoder', TextEncoder);
  defineGlobal('TextDecoder', TextDecoder);
  defineGlobal('crypto', require('internal/web_crypto').crypto);
  const { URL, URLSearchParams } = require('internal/url');
  defineGlobal('URL', URL);
  defineGlobal('URLSearchParams', URLSearchParams);
  defineGlobal('structuredClone', require('internal/structured_clone').structuredClone);
  const webCrypto = require('internal/web_crypto');
  for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) defineGlobal(name, webCrypto[name]);
  for (const id of PRELOAD) require(id);
  const buffer = require('buffer');
  defineGlobal('Buffer', buffer.Buffer);
  defineGlobal('atob', buffer.atob);
  defineGlobal('btoa', buffer.btoa);
  defineGlobal('Blob', buffer.Blob);
  defineGlobal('File', buffer.File);
  installObjectURLs(URL);
  defineGlobal('console', require('console'));
  defineLazyGlobal('performance', () => require('perf_hooks').performance);
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
    defineLazyGlobal(name, () => require('internal/messaging')[name]);
  }
  // The WHATWG stream classes, loaded on first use.
  for (const name of WEB_STREAM_GLOBALS) defineLazyGlobal(name, () => require('stream/web')[name]);
  // fetch and its classes (internal/fetch), loaded on first use.
  defineLazyGlobal('fetch', () => require('internal/fetch/fetch').fetch);
  defineLazyGlobal('Headers', () => require('internal/fetch/headers').Headers);
  defineLazyGlobal('Request', () => require('internal/fetch/request').Request);
  defineLazyGlobal('Response', () => require('internal/fetch/response').Response);
  defineLazyGlobal('FormData', () => require('internal/fetch/formdata').FormData);
}

// What depends on the launch: argv, env, ids, cwd, the stdio streams.
function setup(config) {
  require('internal/grants').setGrants(config.grants);
  require('internal/process/setup').init(require('process'), config);
}

module.exports = { init, setup };
