// MessageChannel, MessagePort, MessageEvent and BroadcastChannel, within one
// process (sandnode has no worker threads).
//
// Each message is structured-cloned when posted and delivered as a
// macrotask in the event loop's poll phase, like Node's (libuv's) port
// messages. A port keeps the loop alive while it has 'message' listeners,
// unless unref()'d; a BroadcastChannel does from creation until close().
'use strict';

const { codes, fixStackName } = require('internal/errors');
const {
  Event, NodeEventTarget, EventTarget, DOMException, defineEventHandler, hybridDispatch, markTrusted,
  kNewListener, kRemoveListener,
} = require('internal/event_target');
const loop = require('internal/event_loop');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function slot(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

function nodeError(Base, code, message) {
  const err = new Base(message);
  if (code !== undefined) {
    Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    fixStackName(err, `${Base.name} [${code}]`);
  }
  return err;
}

function cloner() {
  return require('internal/structured_clone');
}

// ---- MessageEvent --------------------------------------------------------------

const kData = Symbol('kData');

class MessageEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw new TypeError('MessageEvent constructor: 1 argument required, but 0 found.');
    }
    super(type, options);
    const ports = options?.ports === undefined ? [] : [...options.ports];
    ports.forEach((p, i) => {
      if (!isMessagePort(p)) {
        throw new TypeError(`MessageEvent constructor: Expected eventInitDict.ports[${i}] ("${p}") to be an instance of MessagePort.`);
      }
    });
    slot(this, kData, {
      data: options?.data === undefined ? null : options.data,
      origin: options?.origin === undefined ? '' : `${options.origin}`,
      lastEventId: options?.lastEventId === undefined ? '' : `${options.lastEventId}`,
      source: options?.source ?? null,
      ports: Object.freeze(ports),
    });
  }

  get data() { return messageSlots(this).data; }
  get origin() { return messageSlots(this).origin; }
  get lastEventId() { return messageSlots(this).lastEventId; }
  get source() { return messageSlots(this).source; }
  get ports() { return messageSlots(this).ports; }
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: 'MessageEvent', configurable: true });

function messageSlots(self) {
  if (self === null || typeof self !== 'object' || !(kData in self)) throw new codes.ERR_INVALID_THIS('MessageEvent');
  return self[kData];
}

class MessagePortCloseEvent extends Event {}

// ---- MessagePort -------------------------------------------------------------------

const kPort = Symbol('kPort');
let allowConstruct = false;

function isMessagePort(value) {
  return value !== null && typeof value === 'object' && kPort in value;
}

// The receiving end's state. `owner` is the port object currently holding
// it (a transfer moves it to a new object).
function newState() {
  return {
    owner: null, peer: null, queue: [], started: false, closed: false,
    refed: false, holdsLoop: false, scheduled: false,
  };
}

function construct(state) {
  allowConstruct = true;
  let port;
  try {
    port = new MessagePort();
  } finally {
    allowConstruct = false;
  }
  slot(port, kPort, state);
  state.owner = port;
  return port;
}

// The loop is held while the port is ref'd and open.
function syncRef(state) {
  const want = state.refed && !state.closed;
  if (want === state.holdsLoop) return;
  state.holdsLoop = want;
  if (want) loop.refHandle();
  else loop.unrefHandle();
}

function scheduleDelivery(state) {
  if (state.scheduled || !state.started || state.closed || state.queue.length === 0) return;
  state.scheduled = true;
  loop.queuePollTask(() => deliver(state));
}

// Delivers what was queued when the task started, one message at a time,
// with ticks and microtasks run after each (as after any macrotask).
function deliver(state) {
  state.scheduled = false;
  let count = state.queue.length;
  while (count-- > 0 && !state.closed && state.started && state.queue.length > 0) {
    const { data, ports } = state.queue.shift();
    const port = state.owner;
    loop.invoke(() => {
      hybridDispatch(port, 'message', data,
        () => new MessageEvent('message', { data, ports }));
    }, undefined, []);
  }
  scheduleDelivery(state);
}

function closeEvent(state) {
  loop.setImmediate(() => state.owner.dispatchEvent(markTrusted(new MessagePortCloseEvent('close'))));
}

function checkPort(self) {
  if (!isMessagePort(self)) throw new TypeError('Illegal invocation');
  return self[kPort];
}

function transferListArg(arg) {
  if (arg === undefined || arg === null) return [];
  let list = arg;
  if (typeof arg === 'object' && !Array.isArray(arg) && typeof arg[Symbol.iterator] !== 'function') {
    list = arg.transfer;
    if (list === undefined) return [];
  }
  if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  return [...list];
}

class MessagePort extends NodeEventTarget {
  constructor() {
    if (!allowConstruct) throw nodeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    super();
  }

  postMessage(message, transferList = undefined) {
    const state = checkPort(this);
    if (arguments.length === 0) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    const list = transferListArg(transferList);
    const { value, ports } = cloner().cloneWithTransfer(message, list, this);
    const peer = state.peer;
    if (state.closed || peer === null || peer.closed) return;
    peer.queue.push({ data: value, ports });
    scheduleDelivery(peer);
  }

  start() {
    const state = checkPort(this);
    state.started = true;
    scheduleDelivery(state);
  }

  close() {
    const state = checkPort(this);
    if (state.closed) return;
    state.closed = true;
    syncRef(state);
    closeEvent(state);
    // The other side learns of it a moment later (messages already sent to
    // it are still delivered), and hears the 'close' only if it is
    // listening for messages (ref'd), as in Node.
    const peer = state.peer;
    if (peer === null || peer.closed) return;
    loop.setImmediate(() => {
      if (peer.closed) return;
      peer.closed = true;
      syncRef(peer);
      if (peer.refed) peer.owner.dispatchEvent(markTrusted(new MessagePortCloseEvent('close')));
    });
  }

  ref() {
    const state = checkPort(this);
    state.refed = true;
    syncRef(state);
  }

  unref() {
    const state = checkPort(this);
    state.refed = false;
    syncRef(state);
  }

  hasRef() {
    const state = checkPort(this);
    return state.holdsLoop;
  }

  // The first 'message' listener refs and starts the port; the last one
  // leaving unrefs it.
  [kNewListener](type, count) {
    if (type !== 'message' || count !== 1) return;
    this.ref();
    this.start();
  }

  [kRemoveListener](type, count) {
    if (type === 'message' && count === 0) this.unref();
  }
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

// A port object with no channel yet: what a transfer list entry becomes
// in a clone until the clone succeeds (then movePort fills it).
function portShell() {
  const state = newState();
  state.closed = true;
  return construct(state);
}

// Moves the channel end held by `port` to `shell`; `port` is left closed
// and detached (what it posts goes nowhere), as after a transfer in Node.
function movePort(port, shell) {
  const state = port[kPort];
  const dead = newState();
  dead.closed = true;
  state.refed = false;
  state.started = false;
  syncRef(state);
  slot(port, kPort, dead);
  dead.owner = port;
  slot(shell, kPort, state);
  state.owner = shell;
}

class MessageChannel {
  constructor() {
    const a = newState();
    const b = newState();
    a.peer = b;
    b.peer = a;
    slot(this, 'port1', construct(a));
    slot(this, 'port2', construct(b));
    Object.defineProperty(this, 'port1', { enumerable: true });
    Object.defineProperty(this, 'port2', { enumerable: true });
  }
}

// ---- BroadcastChannel --------------------------------------------------------

const kChannel = Symbol('kChannel');
const channelsByName = new Map();

function channelState(self) {
  if (self === null || typeof self !== 'object' || !(kChannel in self)) {
    throw new codes.ERR_INVALID_THIS('BroadcastChannel');
  }
  return self[kChannel];
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    super();
    const state = {
      name: `${name}`, closed: false, refed: true, holdsLoop: false, queue: [], scheduled: false,
      started: true, owner: this,
    };
    slot(this, kChannel, state);
    let set = channelsByName.get(state.name);
    if (set === undefined) {
      set = new Set();
      channelsByName.set(state.name, set);
    }
    set.add(state);
    syncRef(state);
  }

  get name() {
    return channelState(this).name;
  }

  postMessage(message) {
    const state = channelState(this);
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
    if (state.closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const targets = [...channelsByName.get(state.name)].filter((s) => s !== state);
    const { value } = cloner().cloneWithTransfer(message, []);
    for (const target of targets) {
      // Each receiver gets its own copy.
      const data = target === targets[0] ? value : cloner().cloneWithTransfer(message, []).value;
      target.queue.push({ data, ports: [] });
      scheduleDelivery(target);
    }
  }

  close() {
    const state = channelState(this);
    if (state.closed) return;
    state.closed = true;
    state.queue.length = 0;
    const set = channelsByName.get(state.name);
    set.delete(state);
    if (set.size === 0) channelsByName.delete(state.name);
    syncRef(state);
  }

  ref() {
    const state = channelState(this);
    state.refed = true;
    syncRef(state);
    return this;
  }

  unref() {
    const state = channelState(this);
    state.refed = false;
    syncRef(state);
    return this;
  }

  [kInspect](depth, options, inspect) {
    const state = channelState(this);
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: state.name, active: !state.closed }, opts)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  MessageChannel, MessagePort, MessageEvent, BroadcastChannel, isMessagePort, portShell, movePort,
};
