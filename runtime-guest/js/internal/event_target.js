// The Web's Event, EventTarget, DOMException, AbortController and
// AbortSignal, as Node provides them globally.
'use strict';

const { codes } = require('internal/errors');

// Legacy DOMException codes by name.
const DOM_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(String(message));
    let name = options;
    if (options !== null && typeof options === 'object') {
      name = options.name ?? 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    }
    Object.defineProperty(this, 'name', { value: String(name), writable: true, configurable: true });
  }

  get code() {
    return DOM_CODES[this.name] ?? 0;
  }
}
for (const [name, code] of Object.entries(DOM_CODES)) {
  const constName = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
  Object.defineProperty(DOMException, constName, { value: code, enumerable: true });
}

const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');

class Event {
  #type;
  #bubbles;
  #cancelable;
  #defaultPrevented = false;
  #timeStamp;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    this.#type = `${type}`;
    this.#bubbles = Boolean(options?.bubbles);
    this.#cancelable = Boolean(options?.cancelable);
    this.#timeStamp = binding.monotonicMs();
    this[kStop] = false;
    this[kTarget] = null;
  }

  get type() { return this.#type; }
  get bubbles() { return this.#bubbles; }
  get cancelable() { return this.#cancelable; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { return this.#timeStamp; }
  get target() { return this[kTarget]; }
  get currentTarget() { return this[kTarget]; }
  get srcElement() { return this[kTarget]; }
  get isTrusted() { return false; }
  get eventPhase() { return this[kTarget] ? 2 : 0; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kStop]; }
  composedPath() { return this[kTarget] ? [this[kTarget]] : []; }
  preventDefault() { this.#defaultPrevented = true; }
  stopPropagation() { this[kStop] = true; }
  stopImmediatePropagation() { this[kStop] = true; }
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class EventTarget {
  #listeners = new Map();

  addEventListener(type, listener, options = {}) {
    if (listener === null || listener === undefined) return;
    if (typeof options === 'boolean') options = { capture: options };
    const list = this.#listeners.get(type) ?? [];
    if (list.some((l) => l.listener === listener && l.capture === Boolean(options.capture))) return;
    const entry = { listener, once: Boolean(options.once), capture: Boolean(options.capture) };
    list.push(entry);
    this.#listeners.set(type, list);
    const signal = options.signal;
    if (signal) {
      if (signal.aborted) {
        this.removeEventListener(type, listener, options);
      } else {
        signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
      }
    }
  }

  removeEventListener(type, listener, options = {}) {
    const list = this.#listeners.get(type);
    if (!list) return;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i !== -1) list.splice(i, 1);
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    event[kTarget] = this;
    const list = this.#listeners.get(event.type);
    if (list) {
      for (const entry of list.slice()) {
        if (entry.once) this.removeEventListener(event.type, entry.listener, { capture: entry.capture });
        try {
          if (typeof entry.listener === 'function') entry.listener.call(this, event);
          else entry.listener?.handleEvent?.(event);
        } catch (err) {
          // As in Node, a throwing listener is an uncaught exception, reported
          // after the dispatch.
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    }
    return !event.defaultPrevented;
  }
}

// ---- AbortController / AbortSignal --------------------------------------------

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kOnAbort = Symbol('kOnAbort');
let allowSignal = false;

class AbortSignal extends EventTarget {
  constructor() {
    if (!allowSignal) throw new TypeError('Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kOnAbort] = null;
  }

  // An event handler attribute: it takes its place among the listeners when
  // first set, as in the DOM and Node.
  get onabort() { return this[kOnAbort]; }
  set onabort(handler) {
    const first = this[kOnAbort] === null;
    this[kOnAbort] = typeof handler === 'function' ? handler : null;
    if (first && this[kOnAbort] !== null) {
      this.addEventListener('abort', (event) => this[kOnAbort]?.call(this, event));
    }
  }

  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason) {
    const signal = newSignal();
    abortSignal(signal, reason === undefined ? abortError() : reason);
    return signal;
  }

  static timeout(ms) {
    const signal = newSignal();
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, ms);
    // A timeout signal alone does not keep the program alive (as in Node).
    timer.unref();
    return signal;
  }

  static any(signals) {
    const signal = newSignal();
    for (const s of signals) {
      if (s.aborted) {
        abortSignal(signal, s.reason);
        return signal;
      }
    }
    for (const s of signals) {
      s.addEventListener('abort', () => abortSignal(signal, s.reason), { once: true });
    }
    return signal;
  }
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

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
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  #signal = newSignal();

  get signal() { return this.#signal; }

  abort(reason) {
    abortSignal(this.#signal, reason === undefined ? abortError() : reason);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { Event, EventTarget, DOMException, AbortController, AbortSignal };
