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
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/event_loop').hooks.onUncaught(err);
    }
  });
}

function setup(config) {
  require('internal/error_stack').install();
  require('internal/util/types').trackProxies();
  defineGlobal('global', globalThis);
  const process = require('process');
  require('internal/process/setup').init(process, config);
  defineGlobal('process', process);
  require('internal/process/execution').install(process);

  const timers = require('timers');
  for (const name of Object.keys(timers)) defineGlobal(name, timers[name]);
  defineGlobal('queueMicrotask', queueMicrotask);
  defineLazyGlobal('console', () => require('console'));
  defineLazyGlobal('performance', () => require('perf_hooks').performance);
}

module.exports = { setup };
