// The global `crypto` of the Web Crypto API: getRandomValues and randomUUID
// from the host's randomness (wasi:random). SubtleCrypto is not there yet:
// reading `crypto.subtle` throws an error that says so.
'use strict';

const { codes } = require('internal/errors');

const INTEGER_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, BigInt64Array, BigUint64Array];

function getRandomValues(array) {
  if (!INTEGER_ARRAYS.some((T) => array instanceof T)) {
    const { DOMException } = require('internal/event_target');
    if (ArrayBuffer.isView(array)) {
      throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    throw new codes.ERR_INVALID_ARG_TYPE('typedArray', ['Int8Array', 'Int16Array', 'Int32Array',
      'Uint8Array', 'Uint16Array', 'Uint32Array', 'Uint8ClampedArray', 'BigInt64Array', 'BigUint64Array'], array);
  }
  if (array.byteLength > 65536) {
    const { DOMException } = require('internal/event_target');
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  binding.randomFill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return array;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function randomUUID() {
  const b = getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // variant 10
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += HEX[b[i]];
  }
  return s;
}

class Crypto {
  getRandomValues(array) {
    return getRandomValues(array);
  }

  randomUUID() {
    return randomUUID();
  }

  get subtle() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('crypto.subtle (Web Crypto SubtleCrypto)');
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

module.exports = { crypto: new Crypto(), Crypto, getRandomValues, randomUUID };
