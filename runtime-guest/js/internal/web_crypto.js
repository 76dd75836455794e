// The global `crypto` of the Web Crypto API: getRandomValues and randomUUID
// from the host's randomness (wasi:random), and `crypto.subtle`: digest
// here, the key operations (HMAC, AES-GCM, ECDSA P-256, Ed25519, PBKDF2,
// HKDF) in internal/webcrypto/subtle. wrapKey/unwrapKey and the other
// algorithms reject with ERR_NOT_SUPPORTED_IN_SANDNODE.
'use strict';

const { codes, fixStackName } = require('internal/errors');
const { CryptoKey } = require('internal/webcrypto/keys');

const INTEGER_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, BigInt64Array, BigUint64Array];

// A TypeError carrying a Node error code but a message of its own (WebIDL
// messages do not follow the ERR_* templates).
function typeErrorWithCode(code, message) {
  const err = new TypeError(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  fixStackName(err, `TypeError [${code}]`);
  return err;
}

function domException(message, name) {
  const { DOMException } = require('internal/event_target');
  return new DOMException(message, name);
}

function requireArgs(count, needed, method, iface) {
  if (count < needed) {
    throw typeErrorWithCode('ERR_MISSING_ARGS', `Failed to execute '${method}' on '${iface}': ` +
      `${needed} argument${needed === 1 ? '' : 's'} required, but only ${count} present.`);
  }
}

function fillRandom(array) {
  if (!INTEGER_ARRAYS.some((T) => array instanceof T)) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (array.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  binding.randomFill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return array;
}

function getRandomValues(array) {
  requireArgs(arguments.length, 1, 'getRandomValues', 'Crypto');
  return fillRandom(array);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function randomUUID() {
  const b = fillRandom(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // variant 10
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += HEX[b[i]];
  }
  return s;
}

// Lets only this module construct the singletons below.
const kInternal = Symbol('kInternal');

function illegalConstructor() {
  return typeErrorWithCode('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

// WebCrypto digest names, matched case-insensitively, to node:crypto's.
const DIGESTS = new Map([['sha-1', 'sha1'], ['sha-256', 'sha256'], ['sha-384', 'sha384'], ['sha-512', 'sha512']]);

// WebIDL AlgorithmIdentifier: an object is kept, anything else is a string.
function toAlgorithmIdentifier(algorithm) {
  if (algorithm !== null && (typeof algorithm === 'object' || typeof algorithm === 'function')) return algorithm;
  return `${algorithm}`;
}

// WebIDL BufferSource, as the bytes of a Uint8Array view (no copy).
function toBufferSource(data, method) {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && data instanceof SharedArrayBuffer)) {
    return new Uint8Array(data);
  }
  throw typeErrorWithCode('ERR_INVALID_ARG_TYPE', `Failed to execute '${method}' on 'SubtleCrypto': ` +
    '2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

function digestName(algorithm) {
  let name = algorithm;
  if (typeof algorithm !== 'string') {
    name = algorithm.name;
    if (name === undefined) {
      throw typeErrorWithCode('ERR_MISSING_OPTION', 'Failed to normalize algorithm: passed algorithm can not ' +
        "be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
    }
    name = `${name}`;
  }
  const canonical = DIGESTS.get(name.toLowerCase());
  if (canonical === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return canonical;
}

// Node finishes WebCrypto jobs on its thread pool, so results arrive after
// the current tick, its microtasks and due timers; an immediate does too.
function settleLater(value) {
  return new Promise((resolve) => setImmediate(resolve, value));
}

let subtle;

class SubtleCrypto {
  constructor(key) {
    if (key !== kInternal) throw illegalConstructor();
  }
}

async function digest(algorithm, data) {
  if (this !== subtle) throw new codes.ERR_INVALID_THIS('SubtleCrypto');
  requireArgs(arguments.length, 2, 'digest', 'SubtleCrypto');
  algorithm = toAlgorithmIdentifier(algorithm);
  const bytes = toBufferSource(data, 'digest');
  const name = digestName(algorithm);
  return settleLater(binding.cryptoHashOnce(name, bytes));
}

// The key operations. Loaded now, while bootstrap runs, so they are in
// the pre-initialised snapshot: loading them in a served request costs it
// ~25 ms. (The module only defines functions and constants.)
const ops = require('internal/webcrypto/subtle');

// SubtleCrypto's methods in Node's order, with how many arguments each
// takes (Node checks the count before anything else); wrapKey and
// unwrapKey reject as not supported.
const METHODS = [['encrypt', 3], ['decrypt', 3], ['sign', 3], ['verify', 4], ['digest', 2], ['generateKey', 3],
  ['deriveKey', 5], ['deriveBits', 2], ['importKey', 4], ['exportKey', 2], ['wrapKey', 4], ['unwrapKey', 7]];
for (const [method, needed] of METHODS) {
  const fn = method === 'digest' ? digest : {
    async [method](...args) {
      if (this !== subtle) throw new codes.ERR_INVALID_THIS('SubtleCrypto');
      requireArgs(arguments.length, needed, method, 'SubtleCrypto');
      if (ops[method] === undefined) throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`crypto.subtle.${method}`);
      return settleLater(ops[method](...args));
    },
  }[method];
  Object.defineProperty(SubtleCrypto.prototype, method, { value: fn, writable: true, configurable: true });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

subtle = new SubtleCrypto(kInternal);

let crypto;

class Crypto {
  constructor(key) {
    if (key !== kInternal) throw illegalConstructor();
  }

  get subtle() {
    if (this !== crypto) throw new codes.ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new codes.ERR_INVALID_THIS('Crypto');
    requireArgs(arguments.length, 1, 'getRandomValues', 'Crypto');
    return fillRandom(array);
  }

  randomUUID() {
    if (this !== crypto) throw new codes.ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }

}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

crypto = new Crypto(kInternal);

module.exports = { crypto, Crypto, SubtleCrypto, CryptoKey, subtle, getRandomValues, randomUUID };
