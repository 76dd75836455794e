// node:stream/web: the WHATWG stream classes (also installed as globals).
'use strict';

const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');
const transform = require('internal/webstreams/transformstream');
const strategies = require('internal/webstreams/queuingstrategies');
const encoding = require('internal/webstreams/encoding');

const exports_ = {
  ReadableStream: readable.ReadableStream,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: readable.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: readable.ReadableStreamBYOBRequest,
  ReadableByteStreamController: readable.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream: transform.TransformStream,
  TransformStreamDefaultController: transform.TransformStreamDefaultController,
  WritableStream: writable.WritableStream,
  WritableStreamDefaultWriter: writable.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writable.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: strategies.ByteLengthQueuingStrategy,
  CountQueuingStrategy: strategies.CountQueuingStrategy,
  TextEncoderStream: encoding.TextEncoderStream,
  TextDecoderStream: encoding.TextDecoderStream,
};

// The compression classes need zlib and node:stream, loaded on first use.
for (const name of ['CompressionStream', 'DecompressionStream']) {
  Object.defineProperty(exports_, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = require('internal/webstreams/compression')[name];
      Object.defineProperty(exports_, name, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}

module.exports = exports_;
