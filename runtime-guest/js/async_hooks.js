// node:async_hooks: AsyncLocalStorage and AsyncResource over the frames of
// internal/async_context. The low-level hook API (createHook) needs the
// engine to report every async resource's life, which QuickJS-NG cannot, so
// it throws ERR_NOT_SUPPORTED_IN_SANDNODE.
//
// Limit: a store set with run()/enterWith() follows callbacks queued with
// nextTick, timers, setImmediate, queueMicrotask and AsyncResource, but not
// promise continuations (code after an `await`, then() callbacks).
'use strict';

const { codes } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { state, runInFrame } = require('internal/async_context');

// The frame with `storage` set to `value` (or removed when `remove`).
function frameWith(storage, value, remove) {
  const next = new Map(state.frame);
  if (remove) next.delete(storage);
  else next.set(storage, value);
  return next.size === 0 ? undefined : next;
}

class AsyncLocalStorage {
  #enabled = false;

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = state.frame;
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    this.#enabled = false;
    if (state.frame !== undefined && state.frame.has(this)) state.frame = frameWith(this, undefined, true);
  }

  getStore() {
    if (!this.#enabled || state.frame === undefined) return undefined;
    return state.frame.get(this);
  }

  enterWith(store) {
    this.#enabled = true;
    state.frame = frameWith(this, store, false);
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    return runInFrame(frameWith(this, store, false), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, undefined, args);
    return runInFrame(frameWith(this, undefined, true), callback, undefined, args);
  }
}

// Ids are only counted: sandnode does not track the resources Node numbers
// (sockets, timers), so these are ids of AsyncResources and of the main
// script (1), as Node gives for the main script.
let lastAsyncId = 1;
const scope = { asyncId: 1, triggerId: 0, resource: undefined };

function executionAsyncId() {
  return scope.asyncId;
}

function triggerAsyncId() {
  return scope.triggerId;
}

// What the main script's code sees as its resource (one object, as in Node).
const topLevelResource = {};
function executionAsyncResource() {
  return scope.resource ?? topLevelResource;
}

let warnedAsyncResource = false;
function readAsyncResource(resource) {
  if (!warnedAsyncResource) {
    warnedAsyncResource = true;
    process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
  }
  return resource;
}

class AsyncResource {
  #frame;
  #asyncId;
  #triggerId;

  constructor(type, opts = {}) {
    validateString(type, 'type');
    let trigger = typeof opts === 'number' ? opts : opts?.triggerAsyncId;
    if (trigger === undefined) trigger = executionAsyncId();
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    }
    this.#frame = state.frame;
    this.#asyncId = ++lastAsyncId;
    this.#triggerId = trigger;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const saved = { asyncId: scope.asyncId, triggerId: scope.triggerId, resource: scope.resource };
    scope.asyncId = this.#asyncId;
    scope.triggerId = this.#triggerId;
    scope.resource = this;
    try {
      return runInFrame(this.#frame, fn, thisArg, args);
    } finally {
      Object.assign(scope, saved);
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function (...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get: readAsyncResource.bind(undefined, this),
        set(value) {
          Object.defineProperty(this, 'asyncResource', { value, writable: true, configurable: true, enumerable: true });
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

function createHook() {
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('async_hooks.createHook');
}

const asyncWrapProviders = Object.freeze({ __proto__: null });

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId,
  executionAsyncResource,
  triggerAsyncId,
  asyncWrapProviders,
};
