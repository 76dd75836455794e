// stream.Duplex: a Readable that is also a Writable, with independent
// sides; allowHalfOpen decides whether ending one ends the other.
'use strict';

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');
const { adoptMethods } = require('internal/streams/validate');

const { kAfterConstruct } = destroyImpl;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    adoptMethods(this, options, ['read', 'write', 'writev', 'destroy', 'final', 'construct']);
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  require('internal/streams/legacy').Stream.call(this, options);

  // Both sides resume when _construct calls back.
  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      Readable[kAfterConstruct](this);
      Writable[kAfterConstruct](this);
    });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods, except those Readable already defines.
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}

const fromWritable = (name) => Object.getOwnPropertyDescriptor(Writable.prototype, name);
Object.defineProperties(Duplex.prototype, {
  writable: { __proto__: null, ...fromWritable('writable') },
  writableHighWaterMark: { __proto__: null, ...fromWritable('writableHighWaterMark') },
  writableObjectMode: { __proto__: null, ...fromWritable('writableObjectMode') },
  writableBuffer: { __proto__: null, ...fromWritable('writableBuffer') },
  writableLength: { __proto__: null, ...fromWritable('writableLength') },
  writableFinished: { __proto__: null, ...fromWritable('writableFinished') },
  writableCorked: { __proto__: null, ...fromWritable('writableCorked') },
  writableEnded: { __proto__: null, ...fromWritable('writableEnded') },
  writableNeedDrain: { __proto__: null, ...fromWritable('writableNeedDrain') },
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

Duplex.prototype.destroy = Writable.prototype.destroy;

let webAdapters;
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

Duplex.fromWeb = function (pair, options) {
  return lazyWebAdapters().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function (duplex) {
  return lazyWebAdapters().newReadableWritablePairFromDuplex(duplex);
};

Duplex.from = function (body) {
  return require('internal/streams/duplexify')(body, 'body');
};

module.exports = Duplex;
