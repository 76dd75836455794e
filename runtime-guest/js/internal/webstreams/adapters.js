// Bridges between Node streams (node:stream) and WHATWG streams: what
// Readable.fromWeb/toWeb, Writable.fromWeb/toWeb and Duplex.fromWeb/toWeb
// (and CompressionStream) are built on.
'use strict';

const { codes, AbortError } = require('internal/errors');
const { deferred } = require('internal/webstreams/util');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');

function lazy() {
  return {
    Readable: require('internal/streams/readable'),
    Writable: require('internal/streams/writable'),
    Duplex: require('internal/streams/duplex'),
    finished: require('internal/streams/end-of-stream'),
    destroyer: require('internal/streams/destroy').destroyer,
    utils: require('internal/streams/utils'),
  };
}

function validateObjectArg(value, name) {
  if (value === null || typeof value !== 'object') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// A callback that throws must not be swallowed by the promise it runs in.
function callSafely(callback, arg) {
  try {
    callback(arg);
  } catch (err) {
    process.nextTick(() => {
      throw err;
    });
  }
}

function validateEncoding(encoding) {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    // Node passes these two the other way round; its message shows that.
    throw new codes.ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

// The Node stream's read(): the next web chunk, or the end.
function readFromWeb(reader, stream, destroyer) {
  reader.read().then((result) => {
    if (result.done) stream.push(null);
    else stream.push(result.value);
  }, (error) => destroyer(stream, error));
}

// The Node stream's write(): the chunk goes to the web writer once it is
// ready; a callback that throws destroys the Node stream.
function writeToWeb(writer, stream, chunk, callback, destroyer) {
  const done = (error) => {
    try {
      callback(error);
    } catch (err) {
      destroyer(stream, err);
    }
  };
  writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
}

// The Node stream's final(): closes the web writer.
function closeWriter(writer, callback) {
  writer.close().then(() => callSafely(callback), (error) => callSafely(callback, error));
}

// Strings become bytes (in the given encoding) unless decodeStrings is off.
function toWebChunk(chunk, encoding, decodeStrings, objectMode) {
  if (typeof chunk === 'string' && decodeStrings && !objectMode) {
    const buf = Buffer.from(chunk, encoding);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return chunk;
}

// The strategy a web stream wrapping a Node stream uses: the Node stream's
// own highWaterMark, counted in chunks or bytes.
function strategyFor(objectMode, highWaterMark, strategy) {
  if (strategy !== undefined) return strategy;
  if (objectMode) return new CountQueuingStrategy({ highWaterMark });
  return { highWaterMark, size: (chunk) => chunk.byteLength };
}

// ---- web -> Node ----------------------------------------------------------------

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObjectArg(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const { Readable, destroyer } = lazy();
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      readFromWeb(reader, readable, destroyer);
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObjectArg(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const { Writable, destroyer, utils } = lazy();
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      writeToWeb(writer, writable, toWebChunk(chunk, encoding, decodeStrings, objectMode), callback, destroyer);
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      if (!closed) closeWriter(writer, callback);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!utils.isWritableEnded(writable)) destroyer(writable, new codes.ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObjectArg(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObjectArg(options, 'options');
  const {
    allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncoding(encoding);
  const { Duplex, destroyer, utils } = lazy();
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      writeToWeb(writer, duplex, toWebChunk(chunk, encoding, decodeStrings, objectMode), callback, destroyer);
    },
    final(callback) {
      if (!writableClosed) closeWriter(writer, callback);
    },
    read() {
      readFromWeb(reader, duplex, destroyer);
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error);
      const closeWriter = () => (writableClosed ? undefined : writer.abort(error));
      const closeReader = () => (readableClosed ? undefined : reader.cancel(error));
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });
  writer.closed.then(() => {
    writableClosed = true;
    if (!utils.isWritableEnded(duplex)) destroyer(duplex, new codes.ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  return duplex;
}

// ---- Node -> web ----------------------------------------------------------------

function cancelledReadableStream() {
  const readable = new ReadableStream();
  readable.cancel();
  return readable;
}

function closedWritableStream() {
  const writable = new WritableStream();
  writable.close();
  return writable;
}

const kZlibFailures = new Set(['Z_NEED_DICT', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR',
  'Z_VERSION_ERROR']);

// What the web side sees of a Node stream's error: a premature close is an
// AbortError, and a zlib failure a TypeError (as the Compression Streams
// spec asks) with the zlib error as its cause, as in Node.
function toWebError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  if (kZlibFailures.has(error?.code)) {
    const wrapped = new TypeError(undefined, { cause: error });
    wrapped.code = error.code;
    return wrapped;
  }
  return error;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const { finished, destroyer, utils } = lazy();
  if (utils.isDestroyed(streamReadable) || !utils.isReadable(streamReadable)) return cancelledReadableStream();
  validateObjectArg(options, 'options');
  const objectMode = streamReadable.readableObjectMode;
  const strategy = strategyFor(objectMode, streamReadable.readableHighWaterMark, options.strategy);
  let controller;
  let cleanup;

  function onData(chunk) {
    // Buffers are handed on as plain Uint8Arrays.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onFinished(error) {
    cleanup();
    error = toWebError(error);
    if (error) {
      controller.error(error);
      return;
    }
    controller.close();
  }

  streamReadable.pause();
  cleanup = finished(streamReadable, onFinished);
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroyer(streamReadable, reason);
    },
  }, strategy);
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  const { finished, destroyer, utils } = lazy();
  if (utils.isDestroyed(streamWritable) || !utils.isWritable(streamWritable)) return closedWritableStream();
  const strategy = strategyFor(streamWritable.writableObjectMode, streamWritable.writableHighWaterMark);
  let controller;
  let backpressure;
  let closed;

  const cleanup = finished(streamWritable, (error) => {
    error = toWebError(error);
    cleanup();
    // Errors after this point are reported through the web stream only.
    streamWritable.on('error', () => {});
    if (error != null) {
      backpressure?.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller?.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller?.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', () => backpressure?.resolve());

  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = deferred();
        return backpressure.promise.finally(() => {
          backpressure = undefined;
        });
      }
      return undefined;
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !utils.isWritableEnded(streamWritable)) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return undefined;
    },
  }, strategy);
}

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  const { utils } = lazy();
  if (utils.isDestroyed(duplex)) {
    return { writable: closedWritableStream(), readable: cancelledReadableStream() };
  }
  const writable = utils.isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex) : closedWritableStream();
  const readable = utils.isReadable(duplex) ? newReadableStreamFromStreamReadable(duplex) : cancelledReadableStream();
  return { writable, readable };
}

module.exports = {
  newStreamReadableFromReadableStream,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
  newStreamDuplexFromReadableWritablePair,
  newReadableWritablePairFromDuplex,
};
