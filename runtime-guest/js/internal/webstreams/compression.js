// CompressionStream and DecompressionStream: zlib's Node stream classes
// seen through the Duplex -> web stream adapter.
'use strict';

const { codes } = require('internal/errors');
const { kState, setState, hasState, kInspect, customInspect, webIdlShape } = require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

const kCompress = {
  'deflate': 'createDeflate',
  'deflate-raw': 'createDeflateRaw',
  'gzip': 'createGzip',
  'brotli': 'createBrotliCompress',
};
const kDecompress = {
  'deflate': 'createInflate',
  'deflate-raw': 'createInflateRaw',
  'gzip': 'createGunzip',
  'brotli': 'createBrotliDecompress',
};

// Node's wording for an unknown format (Web IDL enum conversion).
function invalidFormat(className, format) {
  const err = new codes.ERR_INVALID_ARG_VALUE('format', format);
  err.message = `Failed to construct '${className}': 1st argument value '${format}' is not a valid enum value of type CompressionFormat.`;
  return err;
}

function makePair(self, className, factories, format) {
  format = `${format}`;
  if (!Object.prototype.hasOwnProperty.call(factories, format)) throw invalidFormat(className, format);
  const zlib = require('zlib');
  const handle = zlib[factories[format]]();
  setState(self, { brand: className, pair: newReadableWritablePairFromDuplex(handle) });
}

function checkThis(self, name) {
  if (!hasState(self, name)) throw new codes.ERR_INVALID_THIS(name);
}

class CompressionStream {
  constructor(format) {
    makePair(this, 'CompressionStream', kCompress, format);
  }

  get readable() {
    checkThis(this, 'CompressionStream');
    return this[kState].pair.readable;
  }

  get writable() {
    checkThis(this, 'CompressionStream');
    return this[kState].pair.writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'CompressionStream', depth, options, inspect, {
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class DecompressionStream {
  constructor(format) {
    makePair(this, 'DecompressionStream', kDecompress, format);
  }

  get readable() {
    checkThis(this, 'DecompressionStream');
    return this[kState].pair.readable;
  }

  get writable() {
    checkThis(this, 'DecompressionStream');
    return this[kState].pair.writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'DecompressionStream', depth, options, inspect, {
      readable: this.readable,
      writable: this.writable,
    });
  }
}

webIdlShape(CompressionStream, 'CompressionStream');
webIdlShape(DecompressionStream, 'DecompressionStream');

module.exports = { CompressionStream, DecompressionStream };
