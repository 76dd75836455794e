// ReadableStream and its readers and controllers (WHATWG Streams Standard,
// "Readable streams"), with Node 22's validation and error messages.
//
// The public objects keep their spec internal slots in `obj[kState]`; the
// functions below are the spec's abstract operations over those slots.
'use strict';

const { codes } = require('internal/errors');
const {
  kState, setState, hasState, invalidState, invalidArgValueRange, deferred, markHandled, promiseCall,
  isObjectLike, validateOptions, optionalMethod, extractHighWaterMark, extractSizeAlgorithm, Queue,
  enqueueValueWithSize, dequeueValue, resetQueue, kInspect, customInspect, webIdlShape, illegalConstructor,
  isDetached, transferArrayBuffer, cloneAsUint8Array,
  kIsClosedPromise, closedPromiseOf, settleClosedPromise,
} = require('internal/webstreams/util');

const kPrivate = Symbol('kPrivate');
const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

const isReadableStream = (v) => hasState(v, 'ReadableStream');
const isDefaultReader = (v) => hasState(v, 'ReadableStreamDefaultReader');
const isBYOBReader = (v) => hasState(v, 'ReadableStreamBYOBReader');
const isDefaultController = (v) => hasState(v, 'ReadableStreamDefaultController');
const isByteController = (v) => hasState(v, 'ReadableByteStreamController');
const isBYOBRequest = (v) => hasState(v, 'ReadableStreamBYOBRequest');

function lazyWritable() {
  return require('internal/webstreams/writablestream');
}

function checkThis(self, check, name) {
  if (!check(self)) throw new codes.ERR_INVALID_THIS(name);
}

function rejectThis(self, check, name) {
  return check(self) ? null : Promise.reject(new codes.ERR_INVALID_THIS(name));
}

function validateView(view, name) {
  if (!ArrayBuffer.isView(view)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], view);
  }
}

// ---- ReadableStream -----------------------------------------------------------

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === kPrivate) {
      initializeStream(this);
      return;
    }
    if (!isObjectLike(source)) throw new codes.ERR_INVALID_ARG_TYPE('source', 'Object', source);
    if (!isObjectLike(strategy)) throw new codes.ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    initializeStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) throw invalidArgValueRange('strategy.size', strategy.size);
      const hwm = extractHighWaterMark(strategy, 0);
      setUpByteControllerFromSource(this, source, hwm);
      return;
    }
    if (type !== undefined) throw new codes.ERR_INVALID_ARG_VALUE('source.type', type);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpDefaultControllerFromSource(this, source, hwm, size);
  }

  // For node:stream's finished() (see closedPromiseOf).
  get [kIsClosedPromise]() {
    return closedPromiseOf(this);
  }

  get locked() {
    checkThis(this, isReadableStream, 'ReadableStream');
    return isLocked(this);
  }

  cancel(reason = undefined) {
    const bad = rejectThis(this, isReadableStream, 'ReadableStream');
    if (bad) return bad;
    if (isLocked(this)) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    checkThis(this, isReadableStream, 'ReadableStream');
    options = validateOptions(options, 'options');
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new codes.ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    checkThis(this, isReadableStream, 'ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!lazyWritable().isWritableStream(writable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const opts = pipeOptions(options);
    if (isLocked(this)) throw invalidState('The ReadableStream is locked');
    if (lazyWritable().isLocked(writable)) throw invalidState('The WritableStream is locked');
    markHandled(readableStreamPipeTo(this, writable, opts));
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      checkThis(this, isReadableStream, 'ReadableStream');
      // Node names the argument this way here too.
      if (!lazyWritable().isWritableStream(destination)) {
        throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (isLocked(this)) throw invalidState('The ReadableStream is locked');
      if (lazyWritable().isLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, opts);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    checkThis(this, isReadableStream, 'ReadableStream');
    if (isLocked(this)) throw invalidState('ReadableStream is locked');
    return readableStreamTee(this);
  }

  values(options = undefined) {
    checkThis(this, isReadableStream, 'ReadableStream');
    options = validateOptions(options, 'options');
    return createAsyncIterator(this, Boolean(options.preventCancel));
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ReadableStream', depth, options, inspect, {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isByteController(this[kState].controller),
    });
  }
}

function pipeOptions(options) {
  options = validateOptions(options, 'options');
  const signal = options.signal;
  if (signal !== undefined) {
    const { AbortSignal } = require('internal/event_target');
    if (!(signal instanceof AbortSignal)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
  }
  return {
    preventClose: Boolean(options.preventClose),
    preventAbort: Boolean(options.preventAbort),
    preventCancel: Boolean(options.preventCancel),
    signal,
  };
}

function initializeStream(stream) {
  setState(stream, {
    brand: 'ReadableStream',
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  });
}

function isLocked(stream) {
  return stream[kState].reader !== undefined;
}

function isDisturbed(stream) {
  return stream[kState].disturbed;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.closeSteps(undefined);
  }
  return s.controller[kCancelSteps](reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  settleClosedPromise(stream);
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.closeSteps();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  settleClosedPromise(stream);
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.reject(e);
  markHandled(reader[kState].closed.promise);
  if (isDefaultReader(reader)) errorReadRequests(reader, e);
  else errorReadIntoRequests(reader, e);
}

function addReadRequest(stream, request) {
  stream[kState].reader[kState].readRequests.push(request);
}

function addReadIntoRequest(stream, request) {
  stream[kState].reader[kState].readIntoRequests.push(request);
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.closeSteps();
  else request.chunkSteps(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.closeSteps(chunk);
  else request.chunkSteps(chunk);
}

function numReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function hasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isDefaultReader(reader);
}

function hasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBYOBReader(reader);
}

// ---- readers --------------------------------------------------------------------

function readerInitialize(reader, stream) {
  const r = reader[kState];
  const s = stream[kState];
  r.stream = stream;
  s.reader = reader;
  r.closed = deferred();
  if (s.state === 'closed') {
    r.closed.resolve();
  } else if (s.state === 'errored') {
    r.closed.reject(s.storedError);
    markHandled(r.closed.promise);
  }
}

function readerGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const released = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    r.closed.reject(released);
  } else {
    r.closed = deferred();
    r.closed.reject(released);
  }
  markHandled(r.closed.promise);
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  r.stream = undefined;
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function errorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.errorSteps(e);
}

function errorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.errorSteps(e);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadRequests(reader, invalidState('Releasing reader'));
}

function byobReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadIntoRequests(reader, invalidState('Releasing reader'));
}

function defaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') request.closeSteps();
  else if (s.state === 'errored') request.errorSteps(s.storedError);
  else s.controller[kPullSteps](request);
}

function notAttached() {
  return invalidState('The reader is not attached to a stream');
}

// The members both reader classes share, each checked against its own brand
// (the classes stay unrelated, as in Node, so these are functions rather than
// a base class).
function readerReleaseLock(reader, check, name, release) {
  checkThis(reader, check, name);
  if (reader[kState].stream === undefined) return;
  release(reader);
}

function readerClosed(reader, check, name) {
  const bad = rejectThis(reader, check, name);
  if (bad) return bad;
  return reader[kState].closed.promise;
}

function readerCancel(reader, check, name, reason) {
  const bad = rejectThis(reader, check, name);
  if (bad) return bad;
  if (reader[kState].stream === undefined) return Promise.reject(notAttached());
  return readerGenericCancel(reader, reason);
}

// A read request that settles a promise with an iterator result.
function promiseReadRequest() {
  const d = deferred();
  return {
    promise: d.promise,
    chunkSteps: (value) => d.resolve({ value, done: false }),
    closeSteps: (value) => d.resolve({ value, done: true }),
    errorSteps: (e) => d.reject(e),
  };
}

function acquireDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    setState(this, { brand: 'ReadableStreamDefaultReader', stream: undefined, closed: undefined, readRequests: [] });
    if (isLocked(stream)) throw invalidState('ReadableStream is locked');
    readerInitialize(this, stream);
  }

  read() {
    const bad = rejectThis(this, isDefaultReader, 'ReadableStreamDefaultReader');
    if (bad) return bad;
    if (this[kState].stream === undefined) {
      return Promise.reject(notAttached());
    }
    const request = promiseReadRequest();
    defaultReaderRead(this, request);
    return request.promise;
  }

  releaseLock() {
    readerReleaseLock(this, isDefaultReader, 'ReadableStreamDefaultReader', defaultReaderRelease);
  }

  get closed() {
    return readerClosed(this, isDefaultReader, 'ReadableStreamDefaultReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, isDefaultReader, 'ReadableStreamDefaultReader', reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ReadableStreamDefaultReader', depth, options, inspect, {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].closed.promise,
    });
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    setState(this, { brand: 'ReadableStreamBYOBReader', stream: undefined, closed: undefined, readIntoRequests: [] });
    if (isLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!isByteController(stream[kState].controller)) {
      throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    readerInitialize(this, stream);
  }

  // An async method, as in Node: the settling order against other promises
  // is then the same.
  async read(view = undefined, options = undefined) {
    const bad = rejectThis(this, isBYOBReader, 'ReadableStreamBYOBReader');
    if (bad) return bad;
    try {
      validateView(view, 'view');
      options = validateOptions(options, 'options');
      const min = readMinimum(view, options.min);
      if (this[kState].stream === undefined) throw notAttached();
      const request = promiseReadRequest();
      byobReaderRead(this, view, min, request);
      return request.promise;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  releaseLock() {
    readerReleaseLock(this, isBYOBReader, 'ReadableStreamBYOBReader', byobReaderRelease);
  }

  get closed() {
    return readerClosed(this, isBYOBReader, 'ReadableStreamBYOBReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, isBYOBReader, 'ReadableStreamBYOBReader', reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ReadableStreamBYOBReader', depth, options, inspect, {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].closed.promise,
    });
  }
}

// The `min` option of a BYOB read: how many elements must be filled before
// the read completes.
function readMinimum(view, min) {
  if (view.byteLength === 0 || isDetached(view.buffer)) {
    throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
  }
  if (min === undefined) return 1;
  const n = Math.trunc(+min);
  if (!Number.isFinite(+min) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
    throw new codes.ERR_OUT_OF_RANGE('options.min', `>= 1 and <= ${Number.MAX_SAFE_INTEGER}`, min);
  }
  if (n === 0) throw new codes.ERR_INVALID_ARG_VALUE('options.min', n, 'must be greater than 0');
  if (view instanceof DataView) {
    if (n > view.byteLength) throw new codes.ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', n);
  } else if (n > view.length) {
    throw new codes.ERR_OUT_OF_RANGE('options.min', '<= view.length', n);
  }
  return n;
}

function byobReaderRead(reader, view, min, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') request.errorSteps(s.storedError);
  else byteControllerPullInto(s.controller, view, min, request);
}

// ---- default controller -------------------------------------------------------------

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get desiredSize() {
    checkThis(this, isDefaultController, 'ReadableStreamDefaultController');
    return controllerDesiredSize(this);
  }

  close() {
    checkThis(this, isDefaultController, 'ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkThis(this, isDefaultController, 'ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, isDefaultController, 'ReadableStreamDefaultController');
    defaultControllerError(this, error);
  }

  [kCancelSteps](reason) {
    const c = this[kState];
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](request) {
    const c = this[kState];
    const stream = c.stream;
    if (c.queue.length > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        defaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(this);
      }
      request.chunkSteps(chunk);
      return;
    }
    addReadRequest(stream, request);
    defaultControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {}

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ReadableStreamDefaultController', depth, options, inspect, {});
  }
}

function setUpDefaultController(stream, start, pull, cancel, hwm, size) {
  const controller = new ReadableStreamDefaultController(kPrivate);
  setState(controller, {
    brand: 'ReadableStreamDefaultController',
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: size,
    strategyHWM: hwm,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
  });
  startController(stream, controller, start, defaultControllerCallPullIfNeeded, defaultControllerError);
  return controller;
}

// Attaches the controller and runs the source's start; once that settles the
// controller may pull, or it errors.
function startController(stream, controller, start, callPullIfNeeded, error) {
  stream[kState].controller = controller;
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    controller[kState].started = true;
    callPullIfNeeded(controller);
  }, (r) => error(controller, r));
}

// The start/pull/cancel algorithms from an underlying source object.
function sourceAlgorithms(source, prefix) {
  const start = optionalMethod(source, 'start', `${prefix}.start`);
  const pull = optionalMethod(source, 'pull', `${prefix}.pull`);
  const cancel = optionalMethod(source, 'cancel', `${prefix}.cancel`);
  return {
    start: (controller) => (start ? start.call(source, controller) : undefined),
    pull: (controller) => (pull ? promiseCall(pull, source, controller) : Promise.resolve()),
    cancel: (reason) => (cancel ? promiseCall(cancel, source, reason) : Promise.resolve()),
  };
}

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const a = sourceAlgorithms(source, 'source');
  setUpDefaultController(stream, a.start, a.pull, a.cancel, hwm, size);
}

function defaultControllerCallPullIfNeeded(controller) {
  controllerCallPullIfNeeded(controller, defaultControllerShouldCallPull, defaultControllerError);
}

// Both controller kinds pull the same way; they differ in when a pull is
// wanted and in how they error.
function controllerCallPullIfNeeded(controller, shouldCallPull, error) {
  const c = controller[kState];
  if (!shouldCallPull(controller)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm(controller).then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      controllerCallPullIfNeeded(controller, shouldCallPull, error);
    }
  }, (e) => error(controller, e));
}

function defaultControllerShouldCallPull(controller) {
  const c = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!c.started) return false;
  const stream = c.stream;
  if (isLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  return controllerDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  const c = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const stream = c.stream;
  if (isLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.strategySizeAlgorithm(chunk);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, e) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(c.stream, e);
}

// Both controller kinds keep the same fields for this.
function controllerDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

// ---- byte stream controller ---------------------------------------------------------

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get view() {
    checkThis(this, isBYOBRequest, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkThis(this, isBYOBRequest, 'ReadableStreamBYOBRequest');
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    const n = toUnsignedLongLong(bytesWritten, 'bytesWritten');
    if (isDetached(r.view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    byteControllerRespond(r.controller, n);
  }

  respondWithNewView(view) {
    checkThis(this, isBYOBRequest, 'ReadableStreamBYOBRequest');
    validateView(view, 'view');
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(r.controller, view);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ReadableStreamBYOBRequest', depth, options, inspect, {
      view: this[kState].view,
      controller: this[kState].controller,
    });
  }
}

// Web IDL [EnforceRange] unsigned long long.
function toUnsignedLongLong(value, name) {
  const n = +value;
  if (!Number.isFinite(n) || Math.trunc(n) < 0 || Math.trunc(n) > Number.MAX_SAFE_INTEGER) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= 0 and <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
  return Math.trunc(n);
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get byobRequest() {
    checkThis(this, isByteController, 'ReadableByteStreamController');
    return byteControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    checkThis(this, isByteController, 'ReadableByteStreamController');
    return controllerDesiredSize(this);
  }

  close() {
    checkThis(this, isByteController, 'ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(this);
  }

  enqueue(chunk) {
    checkThis(this, isByteController, 'ReadableByteStreamController');
    validateView(chunk, 'buffer');
    const c = this[kState];
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, isByteController, 'ReadableByteStreamController');
    byteControllerError(this, error);
  }

  [kCancelSteps](reason) {
    const c = this[kState];
    byteControllerClearPendingPullIntos(this);
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    byteControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](request) {
    const c = this[kState];
    const stream = c.stream;
    if (c.queueTotalSize > 0) {
      byteControllerFillReadRequestFromQueue(this, request);
      return;
    }
    const size = c.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (err) {
        request.errorSteps(err);
        return;
      }
      c.pendingPullIntos.push({
        buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
        minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    addReadRequest(stream, request);
    byteControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {
    const c = this[kState];
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ReadableByteStreamController', depth, options, inspect, {});
  }
}

function setUpByteController(stream, start, pull, cancel, hwm, autoAllocateChunkSize) {
  const controller = new ReadableByteStreamController(kPrivate);
  setState(controller, {
    brand: 'ReadableByteStreamController',
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    strategyHWM: hwm,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  });
  startController(stream, controller, start, byteControllerCallPullIfNeeded, byteControllerError);
  return controller;
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const a = sourceAlgorithms(source, 'source');
  let auto = source.autoAllocateChunkSize;
  if (auto !== undefined) {
    const n = +auto;
    if (!Number.isInteger(n) || n <= 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', auto);
    }
    auto = n;
  }
  setUpByteController(stream, a.start, a.pull, a.cancel, hwm, auto);
}

function byteControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kPrivate);
    setState(request, { brand: 'ReadableStreamBYOBRequest', controller, view });
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function byteControllerCallPullIfNeeded(controller) {
  controllerCallPullIfNeeded(controller, byteControllerShouldCallPull, byteControllerError);
}

function byteControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return controllerDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerInvalidateBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null) return;
  const r = c.byobRequest[kState];
  r.controller = undefined;
  r.view = null;
  c.byobRequest = null;
}

function byteControllerClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      byteControllerError(controller, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function byteControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  resetQueue(c);
  byteControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function byteControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferred = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) {
      throw invalidState('The BYOB request\'s buffer has been detached and so cannot be filled with an enqueued chunk');
    }
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) c.pendingPullIntos.shift();
      fulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const descriptor of filled) byteControllerCommitPullIntoDescriptor(stream, descriptor);
  } else {
    byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const c = controller[kState];
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    byteControllerError(controller, err);
    throw err;
  }
  byteControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(controller, pullInto) {
  if (pullInto.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer, pullInto.byteOffset, pullInto.bytesFilled);
  }
  controller[kState].pendingPullIntos.shift();
}

function byteControllerFillPullIntoDescriptorFromQueue(controller, pullInto) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % pullInto.elementSize);
  if (maxAlignedBytes >= pullInto.minimumFill) {
    remaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = c.queue.peek();
    const bytesToCopy = Math.min(remaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    new Uint8Array(pullInto.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      c.queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    pullInto.bytesFilled += bytesToCopy;
    remaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const c = controller[kState];
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const pullInto = c.pendingPullIntos[0];
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      c.pendingPullIntos.shift();
      filled.push(pullInto);
    }
  }
  return filled;
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const request = reader[kState].readRequests.shift();
    byteControllerFillReadRequestFromQueue(controller, request);
  }
}

function byteControllerFillReadRequestFromQueue(controller, request) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  request.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerPullInto(controller, view, min, request) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let viewConstructor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    viewConstructor = view.constructor;
  }
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (err) {
    request.errorSteps(err);
    return;
  }
  const descriptor = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill: min * elementSize, elementSize, viewConstructor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(descriptor);
    addReadIntoRequest(stream, request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.closeSteps(new viewConstructor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = byteControllerConvertPullIntoDescriptor(descriptor);
      byteControllerHandleQueueDrain(controller);
      request.chunkSteps(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream is already closed');
      byteControllerError(controller, e);
      request.errorSteps(e);
      return;
    }
  }
  c.pendingPullIntos.push(descriptor);
  addReadIntoRequest(stream, request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerConvertPullIntoDescriptor(descriptor) {
  const buffer = transferArrayBuffer(descriptor.buffer);
  return new descriptor.viewConstructor(buffer, descriptor.byteOffset, descriptor.bytesFilled / descriptor.elementSize);
}

function byteControllerCommitPullIntoDescriptor(stream, descriptor) {
  const done = stream[kState].state === 'closed';
  const filledView = byteControllerConvertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') fulfillReadRequest(stream, filledView, done);
  else fulfillReadIntoRequest(stream, filledView, done);
}

function byteControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  if (c.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be 0 when the stream is closed');
    }
  } else {
    if (bytesWritten === 0) throw new codes.ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw invalidArgValueRange('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondInClosedState(controller, first) {
  const c = controller[kState];
  const stream = c.stream;
  if (first.readerType === 'none') c.pendingPullIntos.shift();
  if (hasBYOBReader(stream)) {
    while (numReadIntoRequests(stream) > 0) {
      byteControllerCommitPullIntoDescriptor(stream, c.pendingPullIntos.shift());
    }
  }
}

function byteControllerRespondInReadableState(controller, bytesWritten, pullInto) {
  const c = controller[kState];
  const stream = c.stream;
  pullInto.bytesFilled += bytesWritten;
  if (pullInto.readerType === 'none') {
    byteControllerEnqueueDetachedPullIntoToQueue(controller, pullInto);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const descriptor of filled) byteControllerCommitPullIntoDescriptor(stream, descriptor);
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  c.pendingPullIntos.shift();
  const remainder = pullInto.bytesFilled % pullInto.elementSize;
  if (remainder > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer, end - remainder, remainder);
  }
  pullInto.bytesFilled -= remainder;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
  byteControllerCommitPullIntoDescriptor(stream, pullInto);
  for (const descriptor of filled) byteControllerCommitPullIntoDescriptor(stream, descriptor);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  if (c.stream[kState].state === 'closed') byteControllerRespondInClosedState(controller, first);
  else byteControllerRespondInReadableState(controller, bytesWritten, first);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  if (c.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('view', view, 'must have a byteLength of 0 when the stream is closed');
    }
  } else if (view.byteLength === 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('view', view, 'must not be empty');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw invalidArgValueRange('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw invalidArgValueRange('view', view, 'has an invalid buffer byteLength');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw invalidArgValueRange('view', view, 'is too large');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, viewByteLength);
}

// ---- creating streams from algorithms ------------------------------------------

function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  const stream = new ReadableStream(kPrivate);
  setUpDefaultController(stream, start, pull, cancel, hwm, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = new ReadableStream(kPrivate);
  setUpByteController(stream, start, pull, cancel, 0, undefined);
  return stream;
}

// ---- tee ---------------------------------------------------------------------------

function readableStreamTee(stream) {
  if (isByteController(stream[kState].controller)) return byteStreamTee(stream);
  return defaultTee(stream);
}

// The cancel side both tees share: each branch's cancel waits until the
// other branch is cancelled too, then the source is cancelled with both
// reasons.
function teeCancellation(stream) {
  const t = { canceled1: false, canceled2: false, reasons: [undefined, undefined], done: deferred() };
  function cancelBranch(second, reason) {
    if (second) t.canceled2 = true;
    else t.canceled1 = true;
    t.reasons[second ? 1 : 0] = reason;
    if (t.canceled1 && t.canceled2) t.done.resolve(readableStreamCancel(stream, [...t.reasons]));
    return t.done.promise;
  }
  t.cancel1 = (reason) => cancelBranch(false, reason);
  t.cancel2 = (reason) => cancelBranch(true, reason);
  return t;
}

function defaultTee(stream) {
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let branch1;
  let branch2;
  const t = teeCancellation(stream);

  function pull() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!t.canceled1) defaultControllerEnqueue(branch1[kState].controller, chunk);
          if (!t.canceled2) defaultControllerEnqueue(branch2[kState].controller, chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      closeSteps() {
        reading = false;
        if (!t.canceled1) defaultControllerClose(branch1[kState].controller);
        if (!t.canceled2) defaultControllerClose(branch2[kState].controller);
        if (!t.canceled1 || !t.canceled2) t.done.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  branch1 = createReadableStream(() => {}, pull, t.cancel1);
  branch2 = createReadableStream(() => {}, pull, t.cancel2);
  reader[kState].closed.promise.then(undefined, (r) => {
    defaultControllerError(branch1[kState].controller, r);
    defaultControllerError(branch2[kState].controller, r);
    if (!t.canceled1 || !t.canceled2) t.done.resolve();
  });
  return [branch1, branch2];
}

// The byte-stream tee: either branch may be read with a BYOB reader, and the
// source is read with whichever reader kind the pulling branch needs.
function byteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let branch1;
  let branch2;
  const t = teeCancellation(stream);

  function forwardReaderError(thisReader) {
    thisReader[kState].closed.promise.then(undefined, (r) => {
      if (thisReader !== reader) return;
      byteControllerError(branch1[kState].controller, r);
      byteControllerError(branch2[kState].controller, r);
      if (!t.canceled1 || !t.canceled2) t.done.resolve();
    });
  }

  function enqueueBoth(chunk1, chunk2) {
    if (!t.canceled1) byteControllerEnqueue(branch1[kState].controller, chunk1);
    if (!t.canceled2) byteControllerEnqueue(branch2[kState].controller, chunk2);
  }

  function respondClosed(branch) {
    const controller = branch[kState].controller;
    if (controller[kState].pendingPullIntos.length > 0) byteControllerRespond(controller, 0);
  }

  function pullWithDefaultReader() {
    if (isBYOBReader(reader)) {
      byobReaderRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk2 = chunk;
          if (!t.canceled1 && !t.canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (err) {
              byteControllerError(branch1[kState].controller, err);
              byteControllerError(branch2[kState].controller, err);
              t.done.resolve(readableStreamCancel(stream, err));
              return;
            }
          }
          enqueueBoth(chunk, chunk2);
          reading = false;
          if (readAgainForBranch1) pull1();
          else if (readAgainForBranch2) pull2();
        });
      },
      closeSteps() {
        reading = false;
        if (!t.canceled1) byteControllerClose(branch1[kState].controller);
        if (!t.canceled2) byteControllerClose(branch2[kState].controller);
        if (!t.canceled1) respondClosed(branch1);
        if (!t.canceled2) respondClosed(branch2);
        if (!t.canceled1 || !t.canceled2) t.done.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isDefaultReader(reader)) {
      defaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    byobReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? t.canceled2 : t.canceled1;
          const otherCanceled = forBranch2 ? t.canceled1 : t.canceled2;
          if (!otherCanceled) {
            let clone;
            try {
              clone = cloneAsUint8Array(chunk);
            } catch (err) {
              byteControllerError(byobBranch[kState].controller, err);
              byteControllerError(otherBranch[kState].controller, err);
              t.done.resolve(readableStreamCancel(stream, err));
              return;
            }
            if (!byobCanceled) byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            byteControllerEnqueue(otherBranch[kState].controller, clone);
          } else if (!byobCanceled) {
            byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1();
          else if (readAgainForBranch2) pull2();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? t.canceled2 : t.canceled1;
        const otherCanceled = forBranch2 ? t.canceled1 : t.canceled2;
        if (!byobCanceled) byteControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) byteControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          if (!otherCanceled) respondClosed(otherBranch);
        }
        if (!byobCanceled || !otherCanceled) t.done.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pullBranch(forBranch2) {
    if (reading) {
      if (forBranch2) readAgainForBranch2 = true;
      else readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const branch = forBranch2 ? branch2 : branch1;
    const request = byteControllerGetBYOBRequest(branch[kState].controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, forBranch2);
    return Promise.resolve();
  }

  const pull1 = () => pullBranch(false);
  const pull2 = () => pullBranch(true);

  branch1 = createReadableByteStream(() => {}, pull1, t.cancel1);
  branch2 = createReadableByteStream(() => {}, pull2, t.cancel2);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- pipeTo ------------------------------------------------------------------------

function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const W = lazyWritable();
  const reader = acquireDefaultReader(source);
  const writer = W.acquireWriter(dest);
  source[kState].disturbed = true;
  const done = deferred();
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  let abortAlgorithm;

  function waitForWritesToFinish() {
    const old = currentWrite;
    return old.then(() => (old !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function finalize(isError, error) {
    W.writerRelease(writer);
    defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) done.reject(error);
    else done.resolve();
  }

  function shutdown(isError, error, action) {
    if (shuttingDown) return;
    shuttingDown = true;
    const rest = action === undefined
      ? () => finalize(isError, error)
      : () => action().then(() => finalize(isError, error), (e) => finalize(true, e));
    if (dest[kState].state === 'writable' && !W.closeQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(rest);
    } else {
      rest();
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? W.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdown(true, error, () => Promise.all(actions.map((action) => action())));
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm);
  }

  // Errors must be propagated forward: the source errors.
  function onSourceErrored(storedError) {
    if (!preventAbort) shutdown(true, storedError, () => W.writableStreamAbort(dest, storedError));
    else shutdown(true, storedError);
  }
  // Errors must be propagated backward: the destination errors.
  function onDestErrored(storedError) {
    if (!preventCancel) shutdown(true, storedError, () => readableStreamCancel(source, storedError));
    else shutdown(true, storedError);
  }
  // Closing must be propagated forward.
  function onSourceClosed() {
    if (!preventClose) shutdown(false, undefined, () => W.writerCloseWithErrorPropagation(writer));
    else shutdown(false);
  }

  const readerClosed = reader[kState].closed.promise;
  const writerClosed = W.writerClosedPromise(writer);
  if (source[kState].state === 'errored') onSourceErrored(source[kState].storedError);
  else readerClosed.then(undefined, onSourceErrored);
  if (dest[kState].state === 'errored') onDestErrored(dest[kState].storedError);
  else writerClosed.then(undefined, onDestErrored);
  if (source[kState].state === 'closed') onSourceClosed();
  else readerClosed.then(onSourceClosed, () => {});
  // Closing must be propagated backward.
  if (W.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdown(true, destClosed, () => readableStreamCancel(source, destClosed));
    else shutdown(true, destClosed);
  }

  function step() {
    if (shuttingDown) return;
    W.writerReadyPromise(writer).then(() => {
      if (shuttingDown) return;
      defaultReaderRead(reader, {
        chunkSteps(chunk) {
          currentWrite = W.writerWrite(writer, chunk).then(undefined, () => {});
          step();
        },
        closeSteps() {},
        errorSteps() {},
      });
    }, () => {});
  }
  step();
  return done.promise;
}

// ---- async iteration ------------------------------------------------------------

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf({
  next() {
    const it = this[kState];
    if (it === undefined) return Promise.reject(new codes.ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    // Calls queue behind one another, as the Web IDL async iterator requires.
    const run = () => iteratorNext(it);
    it.ongoing = it.ongoing ? it.ongoing.then(run, run) : run();
    return it.ongoing;
  },

  return(value = undefined) {
    const it = this[kState];
    if (it === undefined) return Promise.reject(new codes.ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    const run = () => iteratorReturn(it, value);
    it.ongoing = it.ongoing ? it.ongoing.then(run, run) : run();
    return it.ongoing;
  },
}, AsyncIteratorPrototype);
for (const key of ['next', 'return']) {
  Object.defineProperty(ReadableStreamAsyncIteratorPrototype, key, { enumerable: false });
}

function createAsyncIterator(stream, preventCancel) {
  const reader = acquireDefaultReader(stream);
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  setState(iterator, { reader, preventCancel, finished: false, ongoing: undefined });
  return iterator;
}

function iteratorNext(it) {
  if (it.finished) return Promise.resolve({ done: true, value: undefined });
  const reader = it.reader;
  if (reader[kState].stream === undefined) {
    return Promise.reject(notAttached());
  }
  const d = deferred();
  defaultReaderRead(reader, {
    chunkSteps: (value) => d.resolve({ value, done: false }),
    closeSteps: () => {
      it.finished = true;
      defaultReaderRelease(reader);
      d.resolve({ done: true, value: undefined });
    },
    errorSteps: (e) => {
      it.finished = true;
      defaultReaderRelease(reader);
      d.reject(e);
    },
  });
  return d.promise;
}

function iteratorReturn(it, value) {
  if (it.finished) return Promise.resolve({ done: true, value });
  it.finished = true;
  const reader = it.reader;
  if (reader[kState].stream === undefined) return Promise.resolve({ done: true, value });
  if (!it.preventCancel) {
    const result = readerGenericCancel(reader, value);
    defaultReaderRelease(reader);
    return result.then(() => ({ done: true, value }));
  }
  defaultReaderRelease(reader);
  return Promise.resolve({ done: true, value });
}

// ---- ReadableStream.from ------------------------------------------------------

function getIterator(iterable) {
  if (iterable == null) {
    // V8's wording, which Node shows here.
    throw new TypeError(`Cannot read properties of ${iterable} (reading 'Symbol(Symbol.asyncIterator)')`);
  }
  let method = iterable[Symbol.asyncIterator];
  let isAsync = true;
  if (method == null) {
    method = iterable[Symbol.iterator];
    isAsync = false;
  }
  if (method == null) {
    const { inspect } = require('internal/util/inspect');
    throw new codes.ERR_ARG_NOT_ITERABLE(inspect(iterable));
  }
  if (typeof method !== 'function') throw new TypeError(`${String(method)} is not a function`);
  const iterator = method.call(iterable);
  if (!isObjectLike(iterator)) throw invalidState('The iterator method must return an object');
  return { iterator, next: iterator.next, isAsync };
}

function readableStreamFromIterable(iterable) {
  const record = getIterator(iterable);
  let stream;

  function nextResult() {
    const result = record.next.call(record.iterator);
    if (!record.isAsync) {
      // V8's async-from-sync wording, which Node shows here.
      if (!isObjectLike(result)) throw new TypeError(`Iterator result ${String(result)} is not an object`);
      // A sync iterator's values are awaited, as an async-from-sync iterator does.
      return Promise.resolve(result.value).then((value) => ({ done: result.done, value }));
    }
    if (!isObjectLike(result)) throw invalidState('The iterator.next() method must return an object');
    return Promise.resolve(result);
  }

  function pull() {
    let promise;
    try {
      promise = nextResult();
    } catch (err) {
      return Promise.reject(err);
    }
    return promise.then((result) => {
      if (!isObjectLike(result)) throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
      const controller = stream[kState].controller;
      if (result.done) defaultControllerClose(controller);
      else defaultControllerEnqueue(controller, result.value);
    });
  }

  function cancel(reason) {
    const iterator = record.iterator;
    let method;
    try {
      method = iterator.return;
    } catch (err) {
      return Promise.reject(err);
    }
    if (method == null) return Promise.resolve();
    let result;
    try {
      result = method.call(iterator, reason);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(result).then((value) => {
      if (!isObjectLike(value)) throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
    });
  }

  stream = createReadableStream(() => {}, pull, cancel, 0);
  return stream;
}

// ---- shape ---------------------------------------------------------------------

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});
webIdlShape(ReadableStream, 'ReadableStream');
webIdlShape(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
webIdlShape(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
webIdlShape(ReadableStreamDefaultController, 'ReadableStreamDefaultController');
webIdlShape(ReadableByteStreamController, 'ReadableByteStreamController');
webIdlShape(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  isReadableStream,
  isLocked,
  isDisturbed,
  readableStreamCancel,
  createReadableStream,
  acquireDefaultReader,
  defaultReaderRead,
  defaultReaderRelease,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerDesiredSize: controllerDesiredSize,
  defaultControllerHasBackpressure,
  defaultControllerCanCloseOrEnqueue,
};
