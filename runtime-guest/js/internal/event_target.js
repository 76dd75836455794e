// The Web's Event, CustomEvent, EventTarget, DOMException, AbortController
// and AbortSignal as Node provides them globally, and NodeEventTarget (an
// EventTarget with the EventEmitter-style methods MessagePort and
// BroadcastChannel carry).
//
// Node's targets have no tree: an event is dispatched at one target only, so
// there is no capture or bubble phase (the `capture` flag only tells two
// registrations of one listener apart).
'use strict';

const { codes, fixStackName } = require('internal/errors');

function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  fixStackName(err, `${Base.name} [${code}]`);
  return err;
}

// Internal state lives in symbol-keyed slots that inspection does not show.
function slot(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

function emitWarning(name, message) {
  const warning = new Error(message);
  warning.name = name;
  process.emitWarning(warning);
}

// ---- DOMException -----------------------------------------------------------

// Legacy codes, by constant name; the error names that carry them follow.
const LEGACY_CODES = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
  'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR',
  'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
  'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR',
  'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
];
const NAME_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
  InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
  InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
  DataCloneError: 25,
};

const kDomName = Symbol('kDomName');
const kDomMessage = Symbol('kDomMessage');
// Name and message of the DOMException under construction: the engine
// formats the stack header (reading `name` and `message`) inside super().
let constructing = null;

function domSlots(self) {
  if (self !== null && typeof self === 'object' && kDomName in self) return self;
  if (constructing !== null) return constructing;
  throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of DOMException');
}

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    const slots = { [kDomName]: 'Error', [kDomMessage]: `${message}` };
    let cause;
    let hasCause = false;
    if (options !== null && typeof options === 'object') {
      if ('name' in options) slots[kDomName] = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      slots[kDomName] = `${options}`;
    }
    const outer = constructing;
    constructing = slots;
    try {
      super();
    } finally {
      constructing = outer;
    }
    slot(this, kDomName, slots[kDomName]);
    slot(this, kDomMessage, slots[kDomMessage]);
    if (hasCause) Object.defineProperty(this, 'cause', { value: cause, writable: true, configurable: true });
  }

  get name() { return domSlots(this)[kDomName]; }
  get message() { return domSlots(this)[kDomMessage]; }
  get code() { return NAME_CODES[domSlots(this)[kDomName]] ?? 0; }
}
for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  Object.defineProperty(DOMException.prototype, key, { ...desc, enumerable: true });
}
LEGACY_CODES.forEach((name, i) => {
  const desc = { value: i + 1, enumerable: true };
  Object.defineProperty(DOMException, name, desc);
  Object.defineProperty(DOMException.prototype, name, desc);
});
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

// ---- Event --------------------------------------------------------------------

const kType = Symbol('kType');
const kFlags = Symbol('kFlags');
const kTarget = Symbol('kTarget');
const kDispatching = Symbol('kDispatching');
const kTrusted = Symbol('kTrusted');
const kDetail = Symbol('kDetail');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function isEvent(value) {
  return value !== null && typeof value === 'object' && kFlags in value;
}

function checkEvent(self) {
  if (!isEvent(self)) throw new codes.ERR_INVALID_THIS('Event');
  return self[kFlags];
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (options != null && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    slot(this, kType, `${type}`);
    slot(this, kFlags, {
      bubbles: Boolean(options?.bubbles),
      cancelable: Boolean(options?.cancelable),
      composed: Boolean(options?.composed),
      canceled: false,
      stop: false,
      stopImmediate: false,
      passive: false,
      timeStamp: binding.monotonicMs(),
    });
    slot(this, kTarget, null);
    slot(this, kDispatching, false);
    slot(this, kTrusted, false);
  }

  get type() { checkEvent(this); return this[kType]; }
  get bubbles() { return checkEvent(this).bubbles; }
  get cancelable() { return checkEvent(this).cancelable; }
  get composed() { return checkEvent(this).composed; }
  get defaultPrevented() {
    const f = checkEvent(this);
    return f.cancelable && f.canceled;
  }
  get timeStamp() { return checkEvent(this).timeStamp; }
  get isTrusted() { checkEvent(this); return this[kTrusted]; }
  get target() { checkEvent(this); return this[kTarget]; }
  get srcElement() { checkEvent(this); return this[kTarget]; }
  get currentTarget() { checkEvent(this); return this[kDispatching] ? this[kTarget] : null; }
  get eventPhase() { checkEvent(this); return this[kDispatching] ? Event.AT_TARGET : Event.NONE; }
  get returnValue() { return !this.defaultPrevented; }
  set returnValue(value) { if (!value) this.preventDefault(); }
  get cancelBubble() { return checkEvent(this).stop; }
  set cancelBubble(value) { if (value) this.stopPropagation(); }

  composedPath() {
    checkEvent(this);
    return this[kDispatching] ? [this[kTarget]] : [];
  }

  preventDefault() {
    const f = checkEvent(this);
    // Ignored while a passive listener runs.
    if (!f.passive) f.canceled = true;
  }

  // Legacy initializer: re-types an event that is not being dispatched.
  initEvent(type, bubbles = false, cancelable = false) {
    const f = checkEvent(this);
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (this[kDispatching]) return;
    this[kType] = `${type}`;
    f.bubbles = Boolean(bubbles);
    f.cancelable = Boolean(cancelable);
  }

  stopPropagation() { checkEvent(this).stop = true; }

  stopImmediatePropagation() {
    const f = checkEvent(this);
    f.stop = true;
    f.stopImmediate = true;
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.defaultPrevented,
      cancelable: this.cancelable,
      timeStamp: this.timeStamp,
    }, opts)}`;
  }
}
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
}

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, options);
    slot(this, kDetail, options?.detail ?? null);
  }

  get detail() {
    if (!isEvent(this) || !(kDetail in this)) throw new codes.ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

// Node's own events (and MessagePort's) are trusted; user-made ones are not.
function markTrusted(event) {
  event[kTrusted] = true;
  return event;
}

// ---- EventTarget -----------------------------------------------------------------

const kListeners = Symbol('kListeners');
const kHandlers = Symbol('kHandlers');
const kMaxListeners = Symbol('kMaxListeners');
// Hooks a subclass may define: called with (type, count) after a listener
// is added or removed (MessagePort refs itself while it has listeners).
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');

function listenerMap(self) {
  if (self === null || typeof self !== 'object' || !(kListeners in self)) {
    throw new codes.ERR_INVALID_THIS('EventTarget');
  }
  return self[kListeners];
}

function validateListener(listener) {
  if (typeof listener === 'function' || (listener !== null && typeof listener === 'object')) return true;
  if (listener == null) return false;
  throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function normalizeOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  const signal = options?.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    capture: Boolean(options?.capture),
    once: Boolean(options?.once),
    passive: Boolean(options?.passive),
    signal,
    nodeStyle: Boolean(options?.[kNodeStyle]),
  };
}

const kNodeStyle = Symbol('kNodeStyle');

function typeKey(type) {
  return typeof type === 'symbol' ? type : `${type}`;
}

// A thrown error or a rejected promise from a listener surfaces as an
// uncaught exception once the dispatch is over, as in Node.
function reportListenerError(err) {
  process.nextTick(() => { throw err; });
}

function callListener(target, entry, event, nodeValue) {
  const listener = entry.listener;
  let result;
  if (typeof listener === 'function') {
    result = listener.call(target, entry.nodeStyle ? nodeValue : event);
  } else {
    const handleEvent = listener.handleEvent;
    if (handleEvent === undefined) return;
    result = Reflect.apply(handleEvent, listener, [entry.nodeStyle ? nodeValue : event]);
  }
  if (result !== undefined && result !== null && typeof result.then === 'function') {
    result.then(undefined, reportListenerError);
  }
}

class EventTarget {
  constructor() {
    slot(this, kListeners, new Map());
    slot(this, kMaxListeners, 10);
  }

  addEventListener(type, listener, options = undefined) {
    const lists = listenerMap(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    const opts = normalizeOptions(options);
    if (!validateListener(listener)) {
      emitWarning('AddEventListenerArgumentTypeWarning', `addEventListener called with ${listener} which has no effect.`);
      return;
    }
    if (opts.signal?.aborted) return;
    type = typeKey(type);
    let list = lists.get(type);
    if (list === undefined) {
      list = [];
      lists.set(type, list);
    }
    if (list.some((e) => e.listener === listener && e.capture === opts.capture)) return;
    const entry = { listener, ...opts, removed: false };
    list.push(entry);
    if (opts.signal) {
      opts.signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, { capture: opts.capture });
      }, { once: true });
    }
    this[kNewListener]?.(type, list.length);
  }

  removeEventListener(type, listener, options = undefined) {
    const lists = listenerMap(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    type = typeKey(type);
    const list = lists.get(type);
    if (list === undefined) return;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const i = list.findIndex((e) => e.listener === listener && e.capture === capture);
    if (i === -1) return;
    removeEntry(this, type, list, i);
  }

  dispatchEvent(event) {
    listenerMap(this);
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    dispatch(this, event, event);
    return event[kFlags].cancelable ? !event[kFlags].canceled : true;
  }
}

function removeEntry(target, type, list, i) {
  list[i].removed = true;
  // Where a dispatch that is standing on this entry goes on.
  list[i].next = list[i + 1];
  list.splice(i, 1);
  if (list.length === 0) target[kListeners].delete(type);
  target[kRemoveListener]?.(type, list.length);
}

function dispatch(target, event, nodeValue) {
  if (event[kDispatching]) {
    throw nodeError(Error, 'ERR_EVENT_RECURSION', `The event "${event[kType]}" is already being dispatched`);
  }
  event[kTarget] = target;
  event[kDispatching] = true;
  const flags = event[kFlags];
  try {
    const list = target[kListeners].get(event[kType]);
    if (list === undefined) return;
    // Walked like Node's linked list: the next listener is fixed before the
    // current one runs, so what a listener appends runs in this dispatch
    // only if another listener followed it. Removed ones are skipped.
    let entry = list[0];
    while (entry !== undefined) {
      const i = list.indexOf(entry);
      const next = i === -1 ? entry.next : list[i + 1];
      if (!entry.removed) {
        if (entry.once) removeEntry(target, event[kType], list, i);
        flags.passive = entry.passive;
        try {
          callListener(target, entry, event, nodeValue);
        } catch (err) {
          reportListenerError(err);
        }
        flags.passive = false;
        if (flags.stopImmediate) break;
      }
      entry = next;
    }
  } finally {
    event[kDispatching] = false;
  }
}

// Dispatches to Node-style listeners (added with `on`) the bare value and
// to the others an event, made only if some listener needs one.
function hybridDispatch(target, type, nodeValue, makeEvent) {
  const list = target[kListeners].get(type);
  if (list === undefined) return;
  const needsEvent = list.some((e) => !e.nodeStyle);
  const event = needsEvent ? makeEvent() : new Event(type);
  dispatch(target, event, nodeValue);
}

Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

// ---- event handler attributes (onabort, onmessage, ...) -----------------------------

// `on<type>` takes a place among the listeners when first set, keeps it when
// replaced, and leaves when set to null.
function defineEventHandler(proto, type) {
  const slot = Symbol(`on${type}`);
  Object.defineProperty(proto, `on${type}`, {
    enumerable: true,
    configurable: true,
    get() { return this[slot]?.handler ?? null; },
    set(handler) {
      listenerMap(this);
      handler = typeof handler === 'function' || (handler !== null && typeof handler === 'object') ? handler : null;
      let state = this[slot];
      if (state === undefined) {
        state = { handler: null, listener: null };
        Object.defineProperty(this, slot, { value: state, enumerable: false });
      }
      if (handler === null) {
        if (state.listener !== null) this.removeEventListener(type, state.listener);
        state.listener = null;
      } else if (state.listener === null) {
        const self = this;
        state.listener = function (event) {
          const h = state.handler;
          if (typeof h === 'function') return h.call(self, event);
          return undefined;
        };
        this.addEventListener(type, state.listener);
      }
      state.handler = handler;
    },
  });
}

// ---- NodeEventTarget ------------------------------------------------------------------

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    slot(this, kMaxListeners, n);
  }

  getMaxListeners() {
    return this[kMaxListeners];
  }

  eventNames() {
    return [...listenerMap(this).keys()];
  }

  listenerCount(type) {
    return listenerMap(this).get(typeKey(type))?.length ?? 0;
  }

  on(type, listener, options = undefined) {
    this.addEventListener(type, listener, { ...options, [kNodeStyle]: true });
    return this;
  }

  addListener(type, listener, options = undefined) {
    return this.on(type, listener, options);
  }

  once(type, listener, options = undefined) {
    this.addEventListener(type, listener, { ...options, once: true, [kNodeStyle]: true });
    return this;
  }

  off(type, listener, options = undefined) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options = undefined) {
    return this.off(type, listener, options);
  }

  removeAllListeners(type = undefined) {
    const lists = listenerMap(this);
    const types = type === undefined ? [...lists.keys()] : [typeKey(type)];
    for (const t of types) {
      const list = lists.get(t);
      while (list !== undefined && list.length > 0) removeEntry(this, t, list, list.length - 1);
    }
    return this;
  }

  emit(type, arg) {
    if (typeof type !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
    const had = this.listenerCount(type) > 0;
    hybridDispatch(this, type, arg, () => new CustomEvent(type, { detail: arg }));
    return had;
  }
}

// ---- AbortController / AbortSignal --------------------------------------------

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
let allowSignal = false;

function checkSignal(self) {
  if (self === null || typeof self !== 'object' || !(kAborted in self)) {
    throw new codes.ERR_INVALID_THIS('AbortSignal');
  }
}

class AbortSignal extends EventTarget {
  constructor() {
    if (!allowSignal) throw nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    slot(this, kAborted, false);
    slot(this, kReason, undefined);
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = undefined) {
    const signal = newSignal();
    signal[kAborted] = true;
    signal[kReason] = reason === undefined ? abortError() : reason;
    return signal;
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('delay', 'number', delay);
    if (!Number.isInteger(delay)) throw new codes.ERR_OUT_OF_RANGE('delay', 'an integer', delay);
    if (delay < 0 || delay > 4294967295) throw new codes.ERR_OUT_OF_RANGE('delay', '>= 0 && <= 4294967295', delay);
    const signal = newSignal();
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    // A timeout signal alone does not keep the program alive (as in Node).
    timer.unref();
    return signal;
  }

  static any(signals) {
    const list = sequence(signals);
    list.forEach((s, i) => {
      if (!(s instanceof AbortSignal)) throw new codes.ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', s);
    });
    const signal = newSignal();
    for (const s of list) {
      if (s.aborted) {
        signal[kAborted] = true;
        signal[kReason] = s.reason;
        return signal;
      }
    }
    for (const s of list) {
      s.addEventListener('abort', () => abortSignal(signal, s.reason), { once: true });
    }
    return signal;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return 'AbortSignal';
    return `AbortSignal ${inspect({ aborted: this[kAborted] }, options)}`;
  }
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function sequence(value) {
  if (value === null || typeof value !== 'object' || typeof value[Symbol.iterator] !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Value can not be converted to sequence.');
  }
  return [...value];
}

function newSignal() {
  allowSignal = true;
  try {
    return new AbortSignal();
  } finally {
    allowSignal = false;
  }
}

function abortError() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(markTrusted(new Event('abort')));
}

const kSignal = Symbol('kSignal');

class AbortController {
  constructor() {
    slot(this, kSignal, newSignal());
  }

  get signal() {
    if (this === null || typeof this !== 'object' || !(kSignal in this)) {
      throw new codes.ERR_INVALID_THIS('AbortController');
    }
    return this[kSignal];
  }

  abort(reason = undefined) {
    abortSignal(this.signal, reason === undefined ? abortError() : reason);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return 'AbortController';
    return `AbortController ${inspect({ signal: this[kSignal] }, options)}`;
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

// The listeners of `type` on an EventTarget, for events.getEventListeners.
function listenersOf(target, type) {
  return (listenerMap(target).get(typeKey(type)) ?? []).map((e) => e.listener);
}

module.exports = {
  listenersOf,
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  DOMException,
  AbortController,
  AbortSignal,
  defineEventHandler,
  hybridDispatch,
  markTrusted,
  kNewListener,
  kRemoveListener,
};
