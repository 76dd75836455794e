// WritableStream, its writer and controller (WHATWG Streams Standard,
// "Writable streams"), with Node 22's validation and error messages.
'use strict';

const { codes } = require('internal/errors');
const {
  kState, setState, hasState, invalidState, invalidArgValueRange, deferred, markHandled, promiseCall,
  isObjectLike, optionalMethod, extractHighWaterMark, extractSizeAlgorithm, Queue, enqueueValueWithSize,
  dequeueValue, peekQueueValue, resetQueue, kInspect, customInspect, webIdlShape, illegalConstructor,
  kIsClosedPromise, closedPromiseOf, settleClosedPromise,
} = require('internal/webstreams/util');

const kPrivate = Symbol('kPrivate');
const kAbortSteps = Symbol('kAbortSteps');
const kErrorSteps = Symbol('kErrorSteps');
// Marks the close request in the controller's queue.
const kCloseSentinel = Symbol('kCloseSentinel');

const isWritableStream = (v) => hasState(v, 'WritableStream');
const isWriter = (v) => hasState(v, 'WritableStreamDefaultWriter');
const isController = (v) => hasState(v, 'WritableStreamDefaultController');

function checkThis(self, check, name) {
  if (!check(self)) throw new codes.ERR_INVALID_THIS(name);
}

function rejectThis(self, check, name) {
  return check(self) ? null : Promise.reject(new codes.ERR_INVALID_THIS(name));
}

function resolved() {
  const d = deferred();
  d.resolve();
  return d;
}

function rejected(reason) {
  const d = deferred();
  d.reject(reason);
  markHandled(d.promise);
  return d;
}

// ---- WritableStream -------------------------------------------------------------

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === kPrivate) {
      initializeStream(this);
      return;
    }
    if (!isObjectLike(sink)) throw new codes.ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    if (!isObjectLike(strategy)) throw new codes.ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    const type = sink.type;
    if (type !== undefined) throw invalidArgValueRange('type', type);
    initializeStream(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpControllerFromSink(this, sink, hwm, size);
  }

  // For node:stream's finished() (see closedPromiseOf).
  get [kIsClosedPromise]() {
    return closedPromiseOf(this);
  }

  get locked() {
    checkThis(this, isWritableStream, 'WritableStream');
    return isLocked(this);
  }

  abort(reason = undefined) {
    const bad = rejectThis(this, isWritableStream, 'WritableStream');
    if (bad) return bad;
    if (isLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    const bad = rejectThis(this, isWritableStream, 'WritableStream');
    if (bad) return bad;
    if (isLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return Promise.reject(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    checkThis(this, isWritableStream, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'WritableStream', depth, options, inspect, {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

function initializeStream(stream) {
  setState(stream, {
    brand: 'WritableStream',
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  });
}

function isLocked(stream) {
  return stream[kState].writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller[kState].abortController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  const wasAlreadyErroring = s.state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const promise = deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  const promise = deferred();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') writer[kState].ready.resolve();
  controllerClose(s.controller);
  return promise.promise;
}

function addWriteRequest(stream) {
  const promise = deferred();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) writerEnsureReadyPromiseRejected(s.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller[kState].started) finishErroring(stream);
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  settleClosedPromise(stream);
  s.controller[kErrorSteps]();
  const storedError = s.storedError;
  const requests = s.writeRequests;
  s.writeRequests = [];
  for (const request of requests) request.reject(storedError);
  const abortRequest = s.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  s.controller[kAbortSteps](abortRequest.reason).then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve();
  s.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  settleClosedPromise(stream);
  if (s.writer !== undefined) s.writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(s.storedError);
    markHandled(writer[kState].closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve();
  }
  s.backpressure = backpressure;
}

// ---- writer ------------------------------------------------------------------------

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (isLocked(stream)) throw invalidState('WritableStream is locked');
    const w = setState(this, { brand: 'WritableStreamDefaultWriter', stream, ready: undefined, closed: undefined });
    const s = stream[kState];
    s.writer = this;
    if (s.state === 'writable') {
      w.ready = !closeQueuedOrInFlight(stream) && s.backpressure ? deferred() : resolved();
      w.closed = deferred();
    } else if (s.state === 'erroring') {
      w.ready = rejected(s.storedError);
      w.closed = deferred();
    } else if (s.state === 'closed') {
      w.ready = resolved();
      w.closed = resolved();
    } else {
      w.ready = rejected(s.storedError);
      w.closed = rejected(s.storedError);
    }
  }

  get closed() {
    const bad = rejectThis(this, isWriter, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    return this[kState].closed.promise;
  }

  get desiredSize() {
    checkThis(this, isWriter, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    const bad = rejectThis(this, isWriter, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    const bad = rejectThis(this, isWriter, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    const bad = rejectThis(this, isWriter, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return Promise.reject(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    checkThis(this, isWriter, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    const bad = rejectThis(this, isWriter, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writerWrite(this, chunk);
  }

  [kInspect](depth, options, inspect) {
    const w = this[kState];
    return customInspect(this, 'WritableStreamDefaultWriter', depth, options, inspect, {
      stream: w.stream,
      close: w.closed.promise,
      ready: w.ready.promise,
      desiredSize: w.stream === undefined ? undefined : writerGetDesiredSize(this),
    });
  }
}

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.closed.pending) w.closed.reject(error);
  else w.closed = rejected(error);
  markHandled(w.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.pending) w.ready.reject(error);
  else w.ready = rejected(error);
  markHandled(w.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const released = invalidState('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, released);
  writerEnsureClosedPromiseRejected(writer, released);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const controller = s.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
  }
  if (s.state === 'errored') return Promise.reject(s.storedError);
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (s.state === 'erroring') return Promise.reject(s.storedError);
  const promise = addWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---- controller ------------------------------------------------------------------

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get signal() {
    checkThis(this, isController, 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    checkThis(this, isController, 'WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }

  [kAbortSteps](reason) {
    const result = this[kState].abortAlgorithm(reason);
    controllerClearAlgorithms(this);
    return result;
  }

  [kErrorSteps]() {
    resetQueue(this[kState]);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'WritableStreamDefaultController', depth, options, inspect, {
      stream: this[kState].stream,
    });
  }
}

function setUpController(stream, start, write, close, abort, hwm, size) {
  const { AbortController } = require('internal/event_target');
  const controller = new WritableStreamDefaultController(kPrivate);
  const c = setState(controller, {
    brand: 'WritableStreamDefaultController',
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    strategySizeAlgorithm: size,
    strategyHWM: hwm,
    writeAlgorithm: write,
    closeAlgorithm: close,
    abortAlgorithm: abort,
  });
  stream[kState].controller = controller;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    c.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    c.started = true;
    dealWithRejection(stream, r);
  });
  return controller;
}

function setUpControllerFromSink(stream, sink, hwm, size) {
  const start = optionalMethod(sink, 'start', 'sink.start');
  const write = optionalMethod(sink, 'write', 'sink.write');
  const close = optionalMethod(sink, 'close', 'sink.close');
  const abort = optionalMethod(sink, 'abort', 'sink.abort');
  let controller;
  setUpController(stream,
    (c) => {
      controller = c;
      return start ? start.call(sink, c) : undefined;
    },
    (chunk) => (write ? promiseCall(write, sink, chunk, controller) : Promise.resolve()),
    () => (close ? promiseCall(close, sink) : Promise.resolve()),
    (reason) => (abort ? promiseCall(abort, sink, reason) : Promise.resolve()),
    hwm, size);
}

function controllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function controllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = c.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (state !== 'writable') return;
  if (c.queue.length === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function controllerProcessClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  controllerClearAlgorithms(controller);
  sinkClosePromise.then(() => finishInFlightClose(stream), (reason) => finishInFlightCloseWithError(stream, reason));
}

function controllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(chunk).then(() => {
    finishInFlightWrite(stream);
    dequeueValue(c);
    if (!closeQueuedOrInFlight(stream) && s.state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (s.state === 'writable') controllerClearAlgorithms(controller);
    finishInFlightWriteWithError(stream, reason);
  });
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerError(controller, error) {
  const stream = controller[kState].stream;
  controllerClearAlgorithms(controller);
  startErroring(stream, error);
}

// ---- creating streams from algorithms ------------------------------------------

function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = new WritableStream(kPrivate);
  setUpController(stream, start, write, close, abort, hwm, size);
  return stream;
}

webIdlShape(WritableStream, 'WritableStream');
webIdlShape(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
webIdlShape(WritableStreamDefaultController, 'WritableStreamDefaultController');

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isLocked,
  createWritableStream,
  writableStreamAbort,
  closeQueuedOrInFlight,
  acquireWriter,
  writerRelease,
  writerWrite,
  writerCloseWithErrorPropagation,
  writerClosedPromise: (writer) => writer[kState].closed.promise,
  writerReadyPromise: (writer) => writer[kState].ready.promise,
  writerGetDesiredSize,
  controllerErrorIfNeeded,
  dealWithRejection,
  controllerError,
  startErroring,
};
