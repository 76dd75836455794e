// node:events — EventEmitter and the promise/iterator helpers around it.
//
// Listeners live in `this._events`, a null-prototype object mapping an event
// name to either a single function or an array of functions (the shape Node
// uses and that some libraries read directly). `once` listeners are bound
// wrappers that carry the original function as `.listener`.
'use strict';

const { codes, AbortError } = require('internal/errors');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
const kMaxSafe = Number.MAX_SAFE_INTEGER;

let defaultMaxListeners = 10;

// ---- validation ------------------------------------------------------------------

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  }
}

function validateMax(n, name) {
  if (typeof n !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', n);
  if (n < 0 || Number.isNaN(n)) throw new codes.ERR_OUT_OF_RANGE(name, '>= 0', n);
}

function validateOptionsObject(options, name) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', options);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateWatermark(value, name) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 1 || value > kMaxSafe) throw new codes.ERR_OUT_OF_RANGE(name, `>= 1 && <= ${kMaxSafe}`, value);
}

function isEventTarget(obj) {
  const { EventTarget } = require('internal/event_target');
  return obj instanceof EventTarget;
}

// ---- EventEmitter ----------------------------------------------------------------

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// Not enumerable on the prototype; each instance gets its own copy in init.
Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });
Object.defineProperty(EventEmitter.prototype, kShapeMode, { value: false, writable: true, enumerable: false });

// Assigned to a property (not declared) so that, as in Node, it has no name.
EventEmitter.init = function (opts) {
  // An `_events` set up before init (old-style constructors that prefill
  // it) is kept, and removal then leaves `undefined` slots ("shape mode").
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function effectiveMax(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMax(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return effectiveMax(this);
};

// captureRejections: a listener's rejected promise becomes an 'error' event
// (or a call to the emitter's Symbol.for('nodejs.rejection') method).
function addCatch(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(routeRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function routeRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Capturing is off while emitting, so a rejecting 'error' listener cannot loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

function unhandledError(args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) return er;
  let shown;
  try {
    shown = require('internal/util/inspect').inspect(er);
  } catch {
    shown = er;
  }
  const err = new codes.ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  return err;
}

function callListener(emitter, fn, type, args) {
  const result = fn.apply(emitter, args);
  if (result !== undefined && result !== null) addCatch(emitter, result, type, args);
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let unhandled = type === 'error';
  if (events !== undefined) {
    if (unhandled && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    unhandled = unhandled && events.error === undefined;
  } else if (!unhandled) {
    return false;
  }
  if (unhandled) {
    const err = unhandledError(args);
    // The report of an uncaught one names this emitter and this call.
    if (err === args[0]) require('internal/events_unhandled').recordEmitSite(this, err, emit);
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    // One listener, the usual case: called here rather than through
    // callListener (one JS call less per emit).
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // A copy: listeners added or removed during the emit do not affect it.
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) callListener(this, listeners[i], type, args);
  }
  return true;
};

function leakWarning(target, type, count, max) {
  const { inspect } = require('internal/util/inspect');
  const w = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  Object.assign(w, { name: 'MaxListenersExceededWarning', emitter: target, type, count });
  return w;
}

function insertListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    // 'newListener' is announced before the listener is added, so a
    // newListener handler never sees itself.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  // The warning comes once per event name (the flag lives on the array).
  const max = effectiveMax(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    process.emitWarning(leakWarning(target, type, existing.length, max));
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return insertListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

function onceWrapper() {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return this.listener.apply(this.target, arguments);
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;

  // The most recently added match goes first.
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

function resetEvents(emitter) {
  emitter._events = Object.create(null);
  emitter._eventsCount = 0;
  emitter[kShapeMode] = false;
}

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': drop without announcing.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      resetEvents(this);
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
      this[kShapeMode] = false;
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    resetEvents(this);
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => (typeof f.listener === 'function' ? f.listener : f)) : l.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function countListeners(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (l === undefined) return 0;
  const matches = (f) => f === listener || f.listener === listener;
  if (typeof l === 'function') return listener == null || matches(l) ? 1 : 0;
  if (listener == null) return l.length;
  let n = 0;
  for (const f of l) if (matches(f)) n++;
  return n;
}

EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  return countListeners.call(this, type, listener);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- static helpers --------------------------------------------------------------

// events.once/on accept an EventEmitter or anything with addEventListener.
function agnosticAdd(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemove(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

async function once(emitter, name, options = {}) {
  validateOptionsObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      resolve(args);
    };
    const abortListener = () => {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(abortErrorFor(signal));
    };
    agnosticAdd(emitter, name, resolver, true);
    // EventTargets have no 'error' semantics; only emitters reject on it.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    if (signal != null) agnosticAdd(signal, 'abort', abortListener, true);
  });
}

// Detaches everything an `on()` iterator attached, in reverse order.
function listenerRegistry() {
  const added = [];
  return {
    add(emitter, event, handler) {
      agnosticAdd(emitter, event, handler, false);
      added.push([emitter, event, handler]);
    },
    removeAll() {
      while (added.length > 0) agnosticRemove(...added.pop());
    },
  };
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = {}) {
  validateOptionsObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);
  // Both spellings are accepted, as in Node.
  const high = options.highWaterMark ?? options.highWatermark ?? kMaxSafe;
  validateWatermark(high, 'options.highWaterMark');
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateWatermark(low, 'options.lowWaterMark');

  const events = []; // received, not yet read
  const waiting = []; // reads waiting for an event
  let paused = false;
  let error = null;
  let finished = false;
  const registry = listenerRegistry();
  let disposeAbort = null;

  const done = () => ({ value: undefined, done: true });

  function closeHandler() {
    disposeAbort?.[kDispose]();
    disposeAbort = null;
    registry.removeAll();
    finished = true;
    while (waiting.length > 0) waiting.shift().resolve(done());
    return Promise.resolve(done());
  }

  function errorHandler(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function eventHandler(value) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value, done: false });
      return;
    }
    events.push(value);
    // Past the high-water mark the source (a stream) is paused; as in Node,
    // a source without pause() makes this throw out of its emit.
    if (!paused && events.length > high) {
      paused = true;
      emitter.pause();
    }
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (events.length > 0) {
        const value = events.shift();
        if (paused && events.length < low) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  registry.add(emitter, event, (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') registry.add(emitter, 'error', errorHandler);
  const closeEvents = options.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) registry.add(emitter, closeEvents[i], closeHandler);
  }
  if (signal) disposeAbort = addAbortListener(signal, () => errorHandler(abortErrorFor(signal)));
  return iterator;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return Object.setPrototypeOf({
    [kDispose]() {
      remove?.();
    },
  }, null);
}

// The listener list of an EventTarget is private to internal/event_target;
// it may expose a `listenersOf(target, type)` accessor for this.
function eventTargetListeners(target, type) {
  const { listenersOf: list } = require('internal/event_target');
  if (typeof list !== 'function') {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('events.getEventListeners() on an EventTarget');
  }
  return list(target, type);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return eventTargetListeners(emitterOrTarget, type);
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return effectiveMax(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// EventEmitterAsyncResource needs async_hooks (async context tracking),
// which sandnode does not have.
class EventEmitterAsyncResource extends EventEmitter {
  constructor() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('events.EventEmitterAsyncResource');
  }
}

module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    if (typeof value !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
    }
    EventEmitter.prototype[kCapture] = value;
  },
});

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get: function lazyEventEmitterAsyncResource() { return EventEmitterAsyncResource; },
  set: undefined,
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    validateMax(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});

Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', { value: kMaxEventTargetListeners });
Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', { value: kMaxEventTargetListenersWarned });

// Member assignments keep these anonymous, as Node's are.
EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateMax(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Moved after setMaxListeners so the key order matches Node's.
const init = EventEmitter.init;
delete EventEmitter.init;
EventEmitter.init = init;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return countListeners.call(emitter, type);
};
