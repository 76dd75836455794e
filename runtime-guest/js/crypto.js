// node:crypto — hashes, HMAC, PBKDF2/scrypt/HKDF and random numbers.
// The byte work runs in Rust (runtime-guest/src/crypto.rs, RustCrypto
// crates); this file gives it Node's API: algorithm names and aliases,
// argument validation, encodings and error codes. Ciphers, signatures, key
// objects, Diffie-Hellman and certificates exist as functions and classes
// that throw ERR_NOT_SUPPORTED_IN_SANDNODE naming themselves.
'use strict';

const { codes } = require('internal/errors');
const { Buffer } = require('buffer');
const webCrypto = require('internal/web_crypto');

// ---------------------------------------------------------------------------
// Validation helpers (Node's validators, as far as this module needs them).

const {
  validateString, validateFunction, validateNumber, validateInteger, validateInt32, validateUint32,
} = require('internal/validators');

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer);
}

// An error with Node's code but a fixed message, as Node raises it from
// C++: there the stack's first line has no `[CODE]` after the name.
function errorWithCode(Base, code, message) {
  const err = new Base(message);
  if (code !== undefined) {
    Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  }
  return err;
}

// The same C++ style for an error built from `codes`.
function fromNative(err) {
  const tagged = `${err.name} [${err.code}]: `;
  const { stack } = err;
  if (typeof stack === 'string' && stack.startsWith(tagged)) {
    Object.defineProperty(err, 'stack', {
      value: `${err.name}: ${stack.slice(tagged.length)}`,
      writable: true,
      configurable: true,
    });
  }
  return err;
}

function notSupported(what) {
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(what);
}

// ---------------------------------------------------------------------------
// Bytes in and out.

// The bytes of a view or ArrayBuffer as a Uint8Array over the same memory,
// which is what the natives read in place.
function bytesOf(data) {
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

// Node decodes strings with any encoding Buffer knows; anything else
// (including 'buffer') means UTF-8.
function stringEncoding(encoding) {
  if (encoding === undefined || encoding === 'utf8') return 'utf8';
  if (typeof encoding !== 'string' || !Buffer.isEncoding(encoding)) return 'utf8';
  const lower = encoding.toLowerCase();
  return lower === 'utf-8' ? 'utf8' : lower;
}

// The natives take UTF-8; lone surrogates become U+FFFD, as Node encodes them.
function wellFormed(string) {
  return string.isWellFormed() ? string : string.toWellFormed();
}

// What a native hashes for `data`: UTF-8 strings go through as strings
// (Rust encodes them), other encodings are decoded here.
function hashInput(data, encoding) {
  const enc = stringEncoding(encoding);
  if (enc === 'utf8') return wellFormed(data);
  if (enc === 'hex' && data.length % 2 !== 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
  return Buffer.from(data, enc);
}

// Output encodings the natives produce themselves (see encode_digest in
// crypto.rs), which spares a Buffer per digest.
const NATIVE_FORMS = new Map([['hex', 1], ['base64', 2], ['base64url', 3], ['latin1', 4], ['binary', 4]]);

// Finishes `handle` and returns the digest as Node does: a Buffer, or a
// string when `encoding` is one Buffer knows.
function finishDigest(handle, encoding) {
  if (!encoding) return Buffer.from(handle(1));
  encoding = `${encoding}`;
  const form = NATIVE_FORMS.get(encoding);
  if (form !== undefined) return handle(1, form);
  const buf = Buffer.from(handle(1));
  return Buffer.isEncoding(encoding) ? buf.toString(encoding) : buf;
}

// A key, password or salt: strings in `encoding` (UTF-8 by default),
// ArrayBuffers and views. `types` is what the error message lists.
function byteSource(value, name, types, encoding) {
  if (typeof value === 'string') return Buffer.from(value, stringEncoding(encoding));
  if (ArrayBuffer.isView(value) || isAnyArrayBuffer(value)) return bytesOf(value);
  throw new codes.ERR_INVALID_ARG_TYPE(name, types, value);
}

const kBufferSource = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// ---------------------------------------------------------------------------
// Digest names. OpenSSL (and so Node) accepts each digest under several
// names, case-insensitively; the natives take the first name of each row.

const DIGEST_ALIASES = [
  ['md5', 'rsa-md5', 'ssl3-md5', 'md5withrsaencryption', '1.2.840.113549.2.5'],
  ['sha1', 'sha-1', 'rsa-sha1', 'rsa-sha1-2', 'ssl3-sha1', 'sha1withrsaencryption', '1.3.14.3.2.26'],
  ['sha224', 'sha-224', 'sha2-224', 'rsa-sha224', 'sha224withrsaencryption', '2.16.840.1.101.3.4.2.4'],
  ['sha256', 'sha-256', 'sha2-256', 'rsa-sha256', 'sha256withrsaencryption', '2.16.840.1.101.3.4.2.1'],
  ['sha384', 'sha-384', 'sha2-384', 'rsa-sha384', 'sha384withrsaencryption', '2.16.840.1.101.3.4.2.2'],
  ['sha512', 'sha-512', 'sha2-512', 'rsa-sha512', 'sha512withrsaencryption', '2.16.840.1.101.3.4.2.3'],
  ['sha512-224', 'sha-512/224', 'sha2-512/224', 'rsa-sha512/224', 'sha512-224withrsaencryption',
    '2.16.840.1.101.3.4.2.5'],
  ['sha512-256', 'sha-512/256', 'sha2-512/256', 'rsa-sha512/256', 'sha512-256withrsaencryption',
    '2.16.840.1.101.3.4.2.6'],
  ['sha3-224', 'rsa-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-224', '2.16.840.1.101.3.4.2.7'],
  ['sha3-256', 'rsa-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-256', '2.16.840.1.101.3.4.2.8'],
  ['sha3-384', 'rsa-sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-384', '2.16.840.1.101.3.4.2.9'],
  ['sha3-512', 'rsa-sha3-512', 'id-rsassa-pkcs1-v1_5-with-sha3-512', '2.16.840.1.101.3.4.2.10'],
];
const DIGESTS = new Map();
for (const [canonical, ...aliases] of DIGEST_ALIASES) {
  DIGESTS.set(canonical, canonical);
  for (const alias of aliases) DIGESTS.set(alias, canonical);
}

const DIGEST_SIZES = {
  'md5': 16, 'sha1': 20, 'sha224': 28, 'sha256': 32, 'sha384': 48, 'sha512': 64, 'sha512-224': 28,
  'sha512-256': 32, 'sha3-224': 28, 'sha3-256': 32, 'sha3-384': 48, 'sha3-512': 64,
};

// Digests Node has (through OpenSSL) that sandnode does not implement yet.
const MISSING_DIGESTS = new Set([
  'shake128', 'shake-128', 'shake256', 'shake-256', 'ripemd160', 'ripemd', 'rmd160', 'ripemd-160',
  'rsa-ripemd160', 'ripemd160withrsa', 'blake2b512', 'blake2b-512', 'blake2s256', 'blake2s-256',
  'md5-sha1', 'sm3', 'rsa-sm3', 'sm3withrsaencryption',
]);

// Node's getHashes() list, restricted to what sandnode implements.
const HASH_NAMES = [
  'RSA-MD5', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224', 'RSA-SHA3-256',
  'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256',
  'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256',
  'id-rsassa-pkcs1-v1_5-with-sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5WithRSAEncryption',
  'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256', 'sha256WithRSAEncryption',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384', 'sha384WithRSAEncryption', 'sha512',
  'sha512-224', 'sha512-224WithRSAEncryption', 'sha512-256', 'sha512-256WithRSAEncryption',
  'sha512WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1',
];

// The canonical name of `name`, or undefined. Throws for digests Node has
// and sandnode lacks, so that they never look like unknown names.
function resolveDigest(name) {
  const lower = name.toLowerCase();
  const canonical = DIGESTS.get(lower);
  if (canonical !== undefined) return canonical;
  if (MISSING_DIGESTS.has(lower)) throw notSupported(`The ${name} digest`);
  return undefined;
}

// For PBKDF2, HKDF and HMAC: an unknown digest is ERR_CRYPTO_INVALID_DIGEST.
function digestOrThrow(name) {
  const canonical = resolveDigest(name);
  if (canonical === undefined) throw fromNative(new codes.ERR_CRYPTO_INVALID_DIGEST(name));
  return canonical;
}

function getHashes() {
  return HASH_NAMES.slice();
}

// ---------------------------------------------------------------------------
// Hash and Hmac. The running state lives in a native handle (see crypto.rs):
// handle(0, data) updates, handle(1) finalises, handle(2) copies. Node's
// classes are also Transform streams; streams are not in sandnode yet, so
// only the update/digest API exists (no pipe/write).

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
const kAlgorithm = Symbol('kAlgorithm');

function xofLength(options) {
  const length = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (length !== undefined) validateUint32(length, 'options.outputLength');
  return length;
}

// None of sandnode's digests is an XOF: an outputLength is only accepted
// when it is the digest's own size, as OpenSSL does.
function checkOutputLength(algorithm, length) {
  if (length === undefined || length === DIGEST_SIZES[algorithm]) return;
  const err = errorWithCode(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
    'error:030000B2:digital envelope routines::not XOF or invalid length');
  err.library = 'digital envelope routines';
  err.reason = 'not XOF or invalid length';
  throw err;
}

function feed(self, data, encoding) {
  if (self[kFinalized]) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    self[kHandle](0, hashInput(data, encoding));
  } else if (ArrayBuffer.isView(data)) {
    self[kHandle](0, bytesOf(data));
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return self;
}

function streamsMissing(what) {
  return function () {
    throw notSupported(`${what} (Hash and Hmac as streams)`);
  };
}

class HashImpl {
  constructor(algorithm, options) {
    const source = algorithm instanceof HashImpl ? algorithm : undefined;
    if (source === undefined) validateString(algorithm, 'algorithm');
    const length = xofLength(options);
    if (source !== undefined) {
      checkOutputLength(source[kAlgorithm], length);
      this[kAlgorithm] = source[kAlgorithm];
      this[kHandle] = source[kHandle](2);
    } else {
      const canonical = resolveDigest(algorithm);
      if (canonical === undefined) throw errorWithCode(Error, undefined, 'Digest method not supported');
      checkOutputLength(canonical, length);
      this[kAlgorithm] = canonical;
      this[kHandle] = binding.cryptoHashNew(canonical);
    }
    this[kFinalized] = false;
  }

  copy(options) {
    if (this[kFinalized]) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    return new HashImpl(this, options);
  }

  update(data, encoding) {
    return feed(this, data, encoding);
  }

  digest(outputEncoding) {
    if (this[kFinalized]) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    this[kFinalized] = true;
    return finishDigest(this[kHandle], outputEncoding);
  }
}

// Node's secret-key argument; KeyObject and CryptoKey cannot be made in
// sandnode yet, so those never reach here as real keys.
function secretKeyBytes(key, encoding) {
  if (key instanceof KeyObject || key instanceof webCrypto.CryptoKey) {
    throw notSupported('Using a KeyObject or CryptoKey as key');
  }
  return byteSource(key, 'key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], encoding);
}

class HmacImpl {
  constructor(hmac, key, options) {
    validateString(hmac, 'hmac');
    const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
    const keyBytes = secretKeyBytes(key, encoding);
    const canonical = digestOrThrow(hmac);
    this[kHandle] = binding.cryptoHmacNew(canonical, keyBytes);
    this[kFinalized] = false;
  }

  update(data, encoding) {
    return feed(this, data, encoding);
  }

  // A second digest() gives an empty result rather than an error, as in Node.
  digest(outputEncoding) {
    const encoding = outputEncoding || 'buffer';
    if (this[kFinalized]) {
      const empty = Buffer.alloc(0);
      return encoding === 'buffer' ? empty : empty.toString(encoding);
    }
    this[kFinalized] = true;
    return finishDigest(this[kHandle], outputEncoding);
  }
}

for (const Impl of [HashImpl, HmacImpl]) {
  for (const method of ['pipe', 'write', 'end', 'on', 'once', 'read', 'setEncoding']) {
    Object.defineProperty(Impl.prototype, method, {
      value: streamsMissing(`${Impl === HashImpl ? 'Hash' : 'Hmac'}.prototype.${method}`),
      writable: true,
      configurable: true,
    });
  }
}

// The public constructors are deprecated in Node 22 (createHash/createHmac
// are the API); calling them warns once and builds the same objects.
const warned = new Set();
function deprecate(message, code) {
  if (warned.has(code)) return;
  warned.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

function Hash(algorithm, options) {
  deprecate('crypto.Hash constructor is deprecated.', 'DEP0179');
  return new HashImpl(algorithm, options);
}
Hash.prototype = HashImpl.prototype;
Object.defineProperty(HashImpl.prototype, 'constructor', { value: Hash, writable: true, configurable: true });

function Hmac(hmac, key, options) {
  deprecate('crypto.Hmac constructor is deprecated.', 'DEP0181');
  return new HmacImpl(hmac, key, options);
}
Hmac.prototype = HmacImpl.prototype;
Object.defineProperty(HmacImpl.prototype, 'constructor', { value: Hmac, writable: true, configurable: true });

function createHash(algorithm, options) {
  return new HashImpl(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new HmacImpl(hmac, key, options);
}

// Node 22's one-shot crypto.hash(algorithm, data[, outputEncoding]).
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new codes.ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (outputEncoding !== 'buffer' && !NATIVE_FORMS.has(outputEncoding)) {
    validateString(outputEncoding, 'outputEncoding');
    if (!Buffer.isEncoding(outputEncoding)) throw new codes.ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const canonical = resolveDigest(algorithm);
  if (canonical === undefined) throw errorWithCode(Error, undefined, `Digest method ${algorithm} is not supported`);
  const data = typeof input === 'string' ? wellFormed(input) : bytesOf(input);
  return finishDigest((op, form) => binding.cryptoHashOnce(canonical, data, form), outputEncoding);
}

function timingSafeEqual(buf1, buf2) {
  for (const [value, name] of [[buf1, 'buf1'], [buf2, 'buf2']]) {
    if (!ArrayBuffer.isView(value) && !isAnyArrayBuffer(value)) {
      throw errorWithCode(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  if (buf1.byteLength !== buf2.byteLength) throw fromNative(new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH());
  return binding.cryptoTimingSafeEqual(bytesOf(buf1), bytesOf(buf2));
}

// ---------------------------------------------------------------------------
// Async completion. Node runs these jobs on its thread pool and calls back
// from the event loop, after the current code, its nextTicks and promise
// jobs; an immediate gives the same order relative to them.

function later(callback, compute) {
  setImmediate(() => {
    let result;
    try {
      result = compute();
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
  });
}

function derivingFailed() {
  return errorWithCode(Error, undefined, 'Deriving bits failed');
}

// ---------------------------------------------------------------------------
// PBKDF2

// Node checks the arguments, then (async form) the callback, and only then
// the digest name; `resolve` is that last step.
function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = byteSource(password, 'password', kBufferSource);
  salt = byteSource(salt, 'salt', kBufferSource);
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2Derive(args) {
  if (args.keylen === 0) throw derivingFailed();
  return Buffer.from(binding.cryptoPbkdf2(args.digest, args.password, args.salt, args.iterations, args.keylen));
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  args.digest = digestOrThrow(args.digest);
  return pbkdf2Derive(args);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  args.digest = digestOrThrow(args.digest);
  later(callback, () => pbkdf2Derive(args));
}

// ---------------------------------------------------------------------------
// scrypt

const SCRYPT_DEFAULTS = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptOptions(options) {
  let { N, r, p, maxmem } = SCRYPT_DEFAULTS;
  if (options && options !== SCRYPT_DEFAULTS) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = SCRYPT_DEFAULTS.N;
    if (r === 0) r = SCRYPT_DEFAULTS.r;
    if (p === 0) p = SCRYPT_DEFAULTS.p;
    if (maxmem === 0) maxmem = SCRYPT_DEFAULTS.maxmem;
  }
  return { N, r, p, maxmem };
}

// The parameter rules OpenSSL applies (Node reports them the same way):
// N a power of two above 1, p*r bounded, N below 2^(16r), and the working
// memory (128*r*(N+2) plus 128*r*p bytes) within maxmem.
function checkScryptParams({ N, r, p, maxmem }) {
  if (r === 0 || p === 0 || N < 2 || (N & (N - 1)) !== 0) {
    throw fromNative(new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS());
  }
  const tooMuch = () => fromNative(new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(
    'error:030000AC:digital envelope routines::memory limit exceeded'));
  if (p > Math.floor((2 ** 30 - 1) / r)) throw tooMuch();
  if (16 * r <= 63 && N >= 2 ** (16 * r)) throw tooMuch();
  const blockBytes = 128 * r * p;
  if (blockBytes > 2147483647) throw tooMuch();
  if (blockBytes + 128 * r * (N + 2) > maxmem) throw tooMuch();
}

function scryptArgs(password, salt, keylen, options) {
  password = byteSource(password, 'password', kBufferSource);
  salt = byteSource(salt, 'salt', kBufferSource);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, keylen, ...scryptOptions(options) };
}

function scryptDerive(a) {
  const out = binding.cryptoScrypt(a.password, a.salt, a.N, a.r, a.p, a.keylen);
  // A string is why the guest could not run these parameters (its memory).
  if (typeof out === 'string') throw fromNative(new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(out));
  return Buffer.from(out);
}

function scryptSync(password, salt, keylen, options = SCRYPT_DEFAULTS) {
  const args = scryptArgs(password, salt, keylen, options);
  checkScryptParams(args);
  return scryptDerive(args);
}

function scrypt(password, salt, keylen, options, callback = SCRYPT_DEFAULTS) {
  if (callback === SCRYPT_DEFAULTS) {
    callback = options;
    options = SCRYPT_DEFAULTS;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  checkScryptParams(args);
  later(callback, () => scryptDerive(args));
}

// ---------------------------------------------------------------------------
// HKDF

const kHkdfSource = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function hkdfArgs(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  if (key instanceof KeyObject || key instanceof webCrypto.CryptoKey) throw notSupported('Using a KeyObject or CryptoKey as key');
  key = byteSource(key, 'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  salt = byteSource(salt, 'salt', kHkdfSource);
  info = byteSource(info, 'info', kHkdfSource);
  validateInteger(length, 'length', 0, Number.MAX_SAFE_INTEGER);
  if (info.byteLength > 1024) {
    throw new codes.ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { digest, key, salt, info, length };
}

// The checks Node makes when it creates the job: after the callback's.
function hkdfResolve(args) {
  args.digest = digestOrThrow(args.digest);
  if (args.length > 255 * DIGEST_SIZES[args.digest]) throw fromNative(new codes.ERR_CRYPTO_INVALID_KEYLEN());
  return args;
}

function hkdfDerive(a) {
  if (a.length === 0) throw derivingFailed();
  const out = binding.cryptoHkdf(a.digest, a.key, a.salt, a.info, a.length);
  if (out === null) throw fromNative(new codes.ERR_CRYPTO_INVALID_KEYLEN());
  return out;
}

function hkdfSync(digest, key, salt, info, length) {
  return hkdfDerive(hkdfResolve(hkdfArgs(digest, key, salt, info, length)));
}

function hkdf(digest, key, salt, info, length, callback) {
  const args = hkdfArgs(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  hkdfResolve(args);
  later(callback, () => hkdfDerive(args));
}

// ---------------------------------------------------------------------------
// Random numbers (wasi:random through binding.randomFill).

const kMaxPossibleLength = 2147483647;

function fillRandom(u8) {
  // wasi:random hands out a fresh list per call; large fills go in chunks
  // so they never need twice the memory.
  const chunk = 1 << 20;
  for (let at = 0; at < u8.length; at += chunk) {
    binding.randomFill(u8.subarray(at, Math.min(at + chunk, u8.length)));
  }
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new codes.ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    fillRandom(buf);
    return buf;
  }
  later(callback, () => {
    fillRandom(buf);
    return buf;
  });
}

function checkFillTarget(buf) {
  if (!ArrayBuffer.isView(buf) && !isAnyArrayBuffer(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function fillRange(buf, offset, size) {
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  const u8 = bytesOf(buf);
  return () => fillRandom(u8.subarray(offset, offset + size));
}

function randomFillSync(buf, offset = 0, size) {
  checkFillTarget(buf);
  fillRange(buf, offset, size)();
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkFillTarget(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
  }
  const fill = fillRange(buf, offset, size);
  later(callback, () => {
    fill();
    return buf;
  });
}

// randomInt draws 48-bit values and rejects the top of the range so that
// `x % range` is unbiased. Like Node, it takes them from a cache of 1024
// values: the sync form refills it on the spot; the async form answers on
// the next tick while the cache lasts, and otherwise waits for an
// asynchronous refill (this decides when its callback runs, so it is
// Node's order that is kept here, not only the numbers' quality).
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const intCache = new Uint8Array(6 * 1024);
let intCacheOffset = intCache.length;
let intRefilling = false;
const intWaiting = [];

function takeCached48() {
  const b = intCache;
  const i = intCacheOffset;
  intCacheOffset += 6;
  return ((b[i] * 256 + b[i + 1]) * 256 + b[i + 2]) * 2 ** 24 + ((b[i + 3] * 256 + b[i + 4]) * 256 + b[i + 5]);
}

function refillIntCacheLater() {
  if (intRefilling) return;
  intRefilling = true;
  setImmediate(() => {
    intRefilling = false;
    fillRandom(intCache);
    intCacheOffset = 0;
    for (const task of intWaiting.splice(0)) randomInt(task.min, task.max, task.callback);
  });
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new codes.ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new codes.ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const limit = RAND_MAX - (RAND_MAX % range);
  while (isSync || intCacheOffset < intCache.length) {
    if (intCacheOffset === intCache.length) {
      fillRandom(intCache);
      intCacheOffset = 0;
    }
    const x = takeCached48();
    if (x < limit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  intWaiting.push({ min, max, callback });
  refillIntCacheLater();
}

function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const { disableEntropyCache = false } = { ...options };
  if (typeof disableEntropyCache !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.disableEntropyCache', 'boolean', disableEntropyCache);
  }
  return webCrypto.randomUUID();
}

function getRandomValues(array) {
  return webCrypto.crypto.getRandomValues(array);
}

// ---------------------------------------------------------------------------
// What sandnode does not implement yet: present, callable, and failing
// with ERR_NOT_SUPPORTED_IN_SANDNODE that names the API.

function missingFunction(name) {
  const fn = {
    [name]() {
      throw notSupported(`crypto.${name}`);
    },
  }[name];
  return fn;
}

function missingClass(name, statics = []) {
  const cls = {
    [name]: class {
      constructor() {
        throw notSupported(`crypto.${name}`);
      }
    },
  }[name];
  for (const method of statics) {
    Object.defineProperty(cls, method, { value: missingFunction(`${name}.${method}`), writable: true, configurable: true });
  }
  return cls;
}

const KeyObject = missingClass('KeyObject', ['from']);

const MISSING_FUNCTIONS = [
  'checkPrime', 'checkPrimeSync', 'createCipheriv', 'createDecipheriv', 'createDiffieHellman',
  'createDiffieHellmanGroup', 'createECDH', 'createPrivateKey', 'createPublicKey', 'createSecretKey',
  'createSign', 'createVerify', 'diffieHellman', 'generatePrime', 'generatePrimeSync', 'getCipherInfo',
  'getDiffieHellman', 'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync',
  'privateDecrypt', 'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'sign', 'setEngine', 'verify',
];
const missing = {};
for (const name of MISSING_FUNCTIONS) missing[name] = missingFunction(name);

const constants = {
  OPENSSL_VERSION_NUMBER: 810549376,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
    'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
    '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
constants.defaultCipherList = constants.defaultCoreCipherList;

module.exports = {
  checkPrime: missing.checkPrime,
  checkPrimeSync: missing.checkPrimeSync,
  createCipheriv: missing.createCipheriv,
  createDecipheriv: missing.createDecipheriv,
  createDiffieHellman: missing.createDiffieHellman,
  createDiffieHellmanGroup: missing.createDiffieHellmanGroup,
  createECDH: missing.createECDH,
  createHash,
  createHmac,
  createPrivateKey: missing.createPrivateKey,
  createPublicKey: missing.createPublicKey,
  createSecretKey: missing.createSecretKey,
  createSign: missing.createSign,
  createVerify: missing.createVerify,
  diffieHellman: missing.diffieHellman,
  generatePrime: missing.generatePrime,
  generatePrimeSync: missing.generatePrimeSync,
  // sandnode has no ciphers or curves: the lists are honestly empty.
  getCiphers: () => [],
  getCipherInfo: missing.getCipherInfo,
  getCurves: () => [],
  getDiffieHellman: missing.getDiffieHellman,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: missing.generateKeyPair,
  generateKeyPairSync: missing.generateKeyPairSync,
  generateKey: missing.generateKey,
  generateKeySync: missing.generateKeySync,
  privateDecrypt: missing.privateDecrypt,
  privateEncrypt: missing.privateEncrypt,
  publicDecrypt: missing.publicDecrypt,
  publicEncrypt: missing.publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: missing.sign,
  setEngine: missing.setEngine,
  timingSafeEqual,
  getFips: () => 0,
  setFips(enabled) {
    if (enabled) throw notSupported('FIPS mode (crypto.setFips)');
  },
  verify: missing.verify,
  hash,
  Certificate: missingClass('Certificate', ['exportChallenge', 'exportPublicKey', 'verifySpkac']),
  Cipheriv: missingClass('Cipheriv'),
  Decipheriv: missingClass('Decipheriv'),
  DiffieHellman: missingClass('DiffieHellman'),
  DiffieHellmanGroup: missingClass('DiffieHellmanGroup'),
  ECDH: missingClass('ECDH', ['convertKey']),
  Hash,
  Hmac,
  KeyObject,
  Sign: missingClass('Sign'),
  Verify: missingClass('Verify'),
  X509Certificate: missingClass('X509Certificate'),
  secureHeapUsed: () => ({ total: 0, used: 0, utilization: 0, min: 0 }),
  constants,
  webcrypto: webCrypto.crypto,
  subtle: webCrypto.subtle,
  getRandomValues,
};

// Deprecated aliases Node keeps as hidden properties.
for (const name of ['pseudoRandomBytes', 'prng', 'rng']) {
  Object.defineProperty(module.exports, name, { value: randomBytes, writable: true, configurable: true });
}
Object.defineProperty(module.exports, 'fips', {
  get: () => 0,
  set: module.exports.setFips,
  configurable: true,
});
