// TransformStream and its controller (WHATWG Streams Standard, "Transform
// streams"): a writable side whose chunks go through `transform()` into a
// readable side, with backpressure carried from the readable to the writable.
'use strict';

const { codes } = require('internal/errors');
const {
  kState, setState, hasState, invalidState, invalidArgValueRange, deferred, promiseCall,
  isObjectLike, optionalMethod, extractHighWaterMark, extractSizeAlgorithm, kInspect, customInspect,
  webIdlShape, illegalConstructor,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');

const kPrivate = Symbol('kPrivate');

const isTransformStream = (v) => hasState(v, 'TransformStream');
const isController = (v) => hasState(v, 'TransformStreamDefaultController');

function checkThis(self, check, name) {
  if (!check(self)) throw new codes.ERR_INVALID_THIS(name);
}

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    if (!isObjectLike(transformer)) throw new codes.ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    if (!isObjectLike(writableStrategy)) {
      throw new codes.ERR_INVALID_ARG_TYPE('writableStrategy', 'Object', writableStrategy);
    }
    if (!isObjectLike(readableStrategy)) {
      throw new codes.ERR_INVALID_ARG_TYPE('readableStrategy', 'Object', readableStrategy);
    }
    const { readableType, writableType } = transformer;
    if (readableType !== undefined) throw invalidArgValueRange('transformer.readableType', readableType);
    if (writableType !== undefined) throw invalidArgValueRange('transformer.writableType', writableType);
    const start = optionalMethod(transformer, 'start', 'transformer.start');
    const transform = optionalMethod(transformer, 'transform', 'transformer.transform');
    const flush = optionalMethod(transformer, 'flush', 'transformer.flush');
    const cancel = optionalMethod(transformer, 'cancel', 'transformer.cancel');
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = deferred();
    initialize(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = new TransformStreamDefaultController(kPrivate);
    setUpController(this, controller,
      transform
        ? (chunk) => promiseCall(transform, transformer, chunk, controller)
        : (chunk) => {
          try {
            controllerEnqueue(controller, chunk);
            return Promise.resolve();
          } catch (err) {
            return Promise.reject(err);
          }
        },
      flush ? () => promiseCall(flush, transformer, controller) : () => Promise.resolve(),
      cancel ? (reason) => promiseCall(cancel, transformer, reason) : () => Promise.resolve());
    if (start) startPromise.resolve(start.call(transformer, controller));
    else startPromise.resolve();
  }

  get readable() {
    checkThis(this, isTransformStream, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkThis(this, isTransformStream, 'TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options, inspect) {
    const t = this[kState];
    return customInspect(this, 'TransformStream', depth, options, inspect, {
      readable: t.readable,
      writable: t.writable,
      backpressure: t.backpressure,
    });
  }
}

function initialize(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const t = setState(stream, {
    brand: 'TransformStream',
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  });
  const start = () => startPromise;
  t.writable = W.createWritableStream(start,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  t.readable = R.createReadableStream(start,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHWM, readableSize);
  setBackpressure(stream, true);
}

const readableController = (stream) => stream[kState].readable[kState].controller;
const writableController = (stream) => stream[kState].writable[kState].controller;

function errorStream(stream, e) {
  R.defaultControllerError(readableController(stream), e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  controllerClearAlgorithms(stream[kState].controller);
  W.controllerErrorIfNeeded(writableController(stream), e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const t = stream[kState];
  if (t.backpressureChange !== undefined) t.backpressureChange.resolve();
  t.backpressureChange = deferred();
  t.backpressure = backpressure;
}

// ---- controller ------------------------------------------------------------------

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw illegalConstructor();
  }

  get desiredSize() {
    checkThis(this, isController, 'TransformStreamDefaultController');
    return R.defaultControllerDesiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    checkThis(this, isController, 'TransformStreamDefaultController');
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    checkThis(this, isController, 'TransformStreamDefaultController');
    errorStream(this[kState].stream, reason);
  }

  terminate() {
    checkThis(this, isController, 'TransformStreamDefaultController');
    controllerTerminate(this);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'TransformStreamDefaultController', depth, options, inspect, {
      stream: this[kState].stream,
    });
  }
}

function setUpController(stream, controller, transform, flush, cancel) {
  setState(controller, {
    brand: 'TransformStreamDefaultController',
    stream,
    transformAlgorithm: transform,
    flushAlgorithm: flush,
    cancelAlgorithm: cancel,
    finishPromise: undefined,
  });
  stream[kState].controller = controller;
}

function controllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const rc = readableController(stream);
  if (!R.defaultControllerCanCloseOrEnqueue(rc)) throw invalidState('Unable to enqueue');
  try {
    R.defaultControllerEnqueue(rc, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = R.defaultControllerHasBackpressure(rc);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerTerminate(controller) {
  const stream = controller[kState].stream;
  R.defaultControllerClose(readableController(stream));
  errorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function performTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return controller[kState].transformAlgorithm(chunk).then(undefined, (r) => {
    errorStream(stream, r);
    throw r;
  });
}

// ---- the algorithms behind the two sides -------------------------------------------

function sinkWrite(stream, chunk) {
  const t = stream[kState];
  const controller = t.controller;
  if (t.backpressure) {
    return t.backpressureChange.promise.then(() => {
      const writable = t.writable[kState];
      if (writable.state === 'erroring') throw writable.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

// Settles `finish` once `promise` settles, closing or erroring the readable
// side on the way (shared by abort and close).
function finishAfter(stream, promise, onFulfilled) {
  const c = stream[kState].controller[kState];
  const readable = stream[kState].readable;
  c.finishPromise = deferred();
  const finish = c.finishPromise;
  promise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      onFulfilled();
      finish.resolve();
    }
  }, (r) => {
    R.defaultControllerError(readableController(stream), r);
    finish.reject(r);
  });
  return finish.promise;
}

function sinkAbort(stream, reason) {
  const controller = stream[kState].controller;
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const cancelPromise = c.cancelAlgorithm(reason);
  controllerClearAlgorithms(controller);
  return finishAfter(stream, cancelPromise, () => R.defaultControllerError(readableController(stream), reason));
}

function sinkClose(stream) {
  const controller = stream[kState].controller;
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const flushPromise = c.flushAlgorithm();
  controllerClearAlgorithms(controller);
  return finishAfter(stream, flushPromise, () => R.defaultControllerClose(readableController(stream)));
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const controller = stream[kState].controller;
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = stream[kState].writable;
  c.finishPromise = deferred();
  const finish = c.finishPromise;
  const cancelPromise = c.cancelAlgorithm(reason);
  controllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      finish.reject(writable[kState].storedError);
    } else {
      W.controllerErrorIfNeeded(writableController(stream), reason);
      unblockWrite(stream);
      finish.resolve();
    }
  }, (r) => {
    W.controllerErrorIfNeeded(writableController(stream), r);
    unblockWrite(stream);
    finish.reject(r);
  });
  return finish.promise;
}

webIdlShape(TransformStream, 'TransformStream');
webIdlShape(TransformStreamDefaultController, 'TransformStreamDefaultController');


module.exports = { TransformStream, TransformStreamDefaultController, isTransformStream };
