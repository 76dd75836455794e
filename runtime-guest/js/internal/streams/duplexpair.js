// duplexPair(): two Duplex streams joined back to back; what is written to
// one is read from the other.
'use strict';

const Duplex = require('internal/streams/duplex');

const kOther = Symbol('kOther');
// The write callback waiting until the other side reads the chunk.
const kPendingWrite = Symbol('kPendingWrite');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOther] = null;
    this[kPendingWrite] = null;
  }

  _read() {
    const cb = this[kPendingWrite];
    if (cb) {
      this[kPendingWrite] = null;
      cb();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    const other = this[kOther];
    other.push(chunk);
    other[kPendingWrite] = callback;
  }

  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
}

module.exports = duplexPair;
