// The SubtleCrypto operations other than digest: importKey/exportKey,
// generateKey, sign/verify, encrypt/decrypt, deriveBits/deriveKey, for
// HMAC, AES-GCM, ECDSA P-256, Ed25519, PBKDF2 and HKDF. Algorithm
// dictionaries are checked here and Node's DOMExceptions thrown; the byte
// work is in Rust (crypto.rs, webcrypto.rs). Algorithms Node has but
// sandnode does not reject with ERR_NOT_SUPPORTED_IN_SANDNODE.
'use strict';

const { codes, fixStackName } = require('internal/errors');
const { createKey, isCryptoKey, keySlots } = require('internal/webcrypto/keys');

// ---- errors ------------------------------------------------------------------

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

const OPERATION_FAILED = 'The operation failed for an operation-specific reason';

function notSupported(what) {
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(what);
}

// ---- WebIDL-ish conversions ----------------------------------------------------

function isBufferSource(value) {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer);
}

// A private copy of a BufferSource, so later writes by the caller do not
// change what the operation sees.
function copyBytes(value) {
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
  return new Uint8Array(value).slice();
}

function bufferArg(value, method, position) {
  if (!isBufferSource(value)) {
    throw typeErrorWithCode('ERR_INVALID_ARG_TYPE', `Failed to execute '${method}' on 'SubtleCrypto': ` +
      `${position} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  }
  return copyBytes(value);
}

function keyArg(value, method, position) {
  if (!isCryptoKey(value)) {
    throw typeErrorWithCode('ERR_INVALID_ARG_TYPE',
      `Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not of type CryptoKey.`);
  }
  return value;
}

const KEY_USAGES = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];

function usagesArg(value, method, position) {
  if (value === null || typeof value !== 'object' || typeof value[Symbol.iterator] !== 'function') {
    throw typeErrorWithCode('ERR_INVALID_ARG_TYPE',
      `Failed to execute '${method}' on 'SubtleCrypto': ${position} argument can not be converted to sequence.`);
  }
  const out = [];
  for (const item of value) {
    const usage = `${item}`;
    if (!KEY_USAGES.includes(usage)) {
      throw typeErrorWithCode('ERR_INVALID_ARG_VALUE', `Failed to execute '${method}' on 'SubtleCrypto': ` +
        `${position} argument, index ${out.length} value '${usage}' is not a valid enum value of type KeyUsage.`);
    }
    out.push(usage);
  }
  return out;
}

function formatArg(value, method) {
  const format = `${value}`;
  if (!['raw', 'pkcs8', 'spki', 'jwk'].includes(format)) {
    throw typeErrorWithCode('ERR_INVALID_ARG_VALUE', `Failed to execute '${method}' on 'SubtleCrypto': ` +
      `1st argument value '${format}' is not a valid enum value of type KeyFormat.`);
  }
  return format;
}

// ---- algorithm normalisation -----------------------------------------------------

// Canonical spellings of every name Node's WebCrypto knows.
const NAMES = ['HMAC', 'AES-GCM', 'ECDSA', 'Ed25519', 'PBKDF2', 'HKDF', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512',
  'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDH', 'AES-CTR', 'AES-CBC', 'AES-KW', 'X25519', 'X448', 'Ed448'];
const CANONICAL = new Map(NAMES.map((n) => [n.toLowerCase(), n]));

// What each operation accepts; the names listed under `missing` are
// valid in Node but not implemented in sandnode.
const SUPPORTED = {
  sign: ['HMAC', 'ECDSA', 'Ed25519'],
  verify: ['HMAC', 'ECDSA', 'Ed25519'],
  encrypt: ['AES-GCM'],
  decrypt: ['AES-GCM'],
  generateKey: ['HMAC', 'AES-GCM', 'ECDSA', 'Ed25519'],
  importKey: ['HMAC', 'AES-GCM', 'ECDSA', 'Ed25519', 'PBKDF2', 'HKDF'],
  deriveBits: ['PBKDF2', 'HKDF'],
  'get key length': ['HMAC', 'AES-GCM'],
  digest: ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'],
};
const MISSING = {
  sign: ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'Ed448'],
  verify: ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'Ed448'],
  encrypt: ['RSA-OAEP', 'AES-CTR', 'AES-CBC'],
  decrypt: ['RSA-OAEP', 'AES-CTR', 'AES-CBC'],
  generateKey: ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDH', 'AES-CTR', 'AES-CBC', 'AES-KW', 'X25519',
    'X448', 'Ed448'],
  importKey: ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDH', 'AES-CTR', 'AES-CBC', 'AES-KW', 'X25519',
    'X448', 'Ed448'],
  deriveBits: ['ECDH', 'X25519', 'X448'],
  'get key length': ['AES-CTR', 'AES-CBC', 'AES-KW'],
  digest: [],
};

// Required members of each params dictionary, in the order Node checks them.
const REQUIRED = {
  'HMAC:importKey': ['HmacImportParams', ['hash']],
  'HMAC:generateKey': ['HmacKeyGenParams', ['hash']],
  'HMAC:get key length': ['HmacImportParams', ['hash']],
  'AES-GCM:generateKey': ['AesKeyGenParams', ['length']],
  'AES-GCM:get key length': ['AesDerivedKeyParams', ['length']],
  'AES-GCM:encrypt': ['AesGcmParams', ['iv']],
  'AES-GCM:decrypt': ['AesGcmParams', ['iv']],
  'ECDSA:generateKey': ['EcKeyGenParams', ['namedCurve']],
  'ECDSA:importKey': ['EcKeyImportParams', ['namedCurve']],
  'ECDSA:sign': ['EcdsaParams', ['hash']],
  'ECDSA:verify': ['EcdsaParams', ['hash']],
  'PBKDF2:deriveBits': ['Pbkdf2Params', ['hash', 'iterations', 'salt']],
  'HKDF:deriveBits': ['HkdfParams', ['hash', 'info', 'salt']],
};
const BUFFER_MEMBERS = ['iv', 'additionalData', 'salt', 'info'];

function missingOption(dict, member) {
  return typeErrorWithCode('ERR_MISSING_OPTION', 'Failed to normalize algorithm: passed algorithm can not be ' +
    `converted to '${dict}' because '${member}' is required in '${dict}'.`);
}

function algorithmName(algorithm) {
  if (algorithm !== null && (typeof algorithm === 'object' || typeof algorithm === 'function')) {
    if (algorithm.name === undefined) {
      throw typeErrorWithCode('ERR_MISSING_OPTION', 'Failed to normalize algorithm: passed algorithm can not ' +
        "be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
    }
    return `${algorithm.name}`;
  }
  return `${algorithm}`;
}

// Implements the spec's "normalize an algorithm" for `op`: the canonical
// name plus the dictionary members that op reads (hash normalised too).
function normalize(algorithm, op) {
  const name = CANONICAL.get(algorithmName(algorithm).toLowerCase());
  if (name !== undefined && MISSING[op].includes(name)) {
    throw notSupported(`crypto.subtle.${op === 'get key length' ? 'deriveKey' : op} with ${name}`);
  }
  if (name === undefined || !SUPPORTED[op].includes(name)) {
    throw domException('Unrecognized algorithm name', 'NotSupportedError');
  }
  const out = { name };
  if (typeof algorithm !== 'object' || algorithm === null) algorithm = {};
  const [dict, required] = REQUIRED[`${name}:${op}`] || ['', []];
  for (const member of required) {
    if (algorithm[member] === undefined) throw missingOption(dict, member);
  }
  if (name === 'PBKDF2' && op === 'deriveBits' && Number(algorithm.iterations) === 0) {
    // Node rejects this before looking at the key.
    throw domException('iterations cannot be zero', 'OperationError');
  }
  for (const member of ['hash', 'length', 'namedCurve', 'iv', 'additionalData', 'tagLength', 'salt', 'info',
    'iterations']) {
    const value = algorithm[member];
    if (value === undefined) continue;
    if (member === 'hash') {
      out.hash = normalize(value, 'digest').name;
    } else if (BUFFER_MEMBERS.includes(member)) {
      if (!isBufferSource(value)) {
        throw typeErrorWithCode('ERR_INVALID_ARG_TYPE', `Failed to normalize algorithm: '${member}' of '${dict}' ` +
          '(passed algorithm) is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      }
      out[member] = copyBytes(value);
    } else if (member === 'namedCurve') {
      out.namedCurve = `${value}`;
    } else {
      out[member] = toUnsigned(value, member, dict);
    }
  }
  return out;
}

// WebIDL [EnforceRange] integers: AES lengths are unsigned short,
// tagLength an octet, the rest unsigned long.
function toUnsigned(value, member, dict) {
  const n = Number(value);
  const where = `Failed to normalize algorithm: '${member}' of '${dict}' (passed algorithm)`;
  if (!Number.isFinite(n)) throw typeErrorWithCode('ERR_INVALID_ARG_TYPE', `${where} is not a finite number.`);
  let max = 0xffffffff;
  if (member === 'tagLength') max = 255;
  else if (member === 'length' && dict.startsWith('Aes')) max = 65535;
  const int = Math.trunc(n);
  if (int < 0 || int > max) {
    throw typeErrorWithCode('ERR_OUT_OF_RANGE', `${where} is outside the expected range of 0 to ${max}.`);
  }
  return int;
}

// ---- helpers ---------------------------------------------------------------------

const DIGEST_IDS = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
// HMAC's default key length is the hash's block size.
const BLOCK_BITS = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const JWK_HMAC = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };
const ARTICLE = { HMAC: 'an', 'AES-GCM': 'an', ECDSA: 'a', Ed25519: 'a', PBKDF2: 'a', HKDF: 'a' };
const SECRET_USAGES = {
  HMAC: ['sign', 'verify'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  PBKDF2: ['deriveKey', 'deriveBits'],
  HKDF: ['deriveKey', 'deriveBits'],
};

function randomBytes(n) {
  const out = new Uint8Array(n);
  binding.randomFill(out);
  return out;
}

// `article` is what Node's message says before the name: generateKey
// writes "an ECDSA key", importKey "a ECDSA key" (and so for Ed25519).
function checkUsages(name, usages, allowed, article = ARTICLE[name]) {
  for (const usage of usages) {
    if (!allowed.includes(usage)) {
      const what = name === 'AES-GCM' ? 'AES' : name;
      throw domException(`Unsupported key usage for ${article} ${what} key`, 'SyntaxError');
    }
  }
}

function base64url(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

// JWK members are DOMStrings: anything but undefined converts to a string.
function fromBase64url(text) {
  if (text === undefined) throw domException('Invalid keyData', 'DataError');
  return new Uint8Array(Buffer.from(`${text}`, 'base64url'));
}

function toArrayBuffer(bytes) {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function concatBytes(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// Used at load time, during bootstrap, before Buffer exists.
function hexBytes(hex) {
  return Uint8Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.substr(i * 2, 2), 16));
}

function startsWith(bytes, prefix) {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

// Fixed DER framing of the key encodings sandnode writes (and, for
// Ed25519, the only ones it reads).
const ED_PKCS8 = hexBytes('302e020100300506032b657004220420');
const ED_SPKI = hexBytes('302a300506032b6570032100');
const P256_SPKI = hexBytes('3059301306072a8648ce3d020106082a8648ce3d030107034200');
const P256_PKCS8 = hexBytes('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420');
const P256_PKCS8_PUB = hexBytes('a144034200');

// p256 builds its table of base-point multiples on first use. Using it
// here, while bootstrap runs, puts the table in the pre-initialised
// snapshot instead of building it in every served request.
binding.webcryptoP256Public(Uint8Array.from({ length: 32 }, (_, i) => (i === 31 ? 1 : 0)));

function requireNonEmptyUsages(usages, kind) {
  if (usages.length === 0) {
    throw domException(`Usages cannot be empty when importing a ${kind} key.`, 'SyntaxError');
  }
}

// Shared JWK checks (RFC 7517 members "use", "key_ops", "ext").
function checkJwkCommon(jwk, kty, use, extractable, usages) {
  if (jwk.kty !== kty) throw domException('Invalid JWK "kty" Parameter', 'DataError');
  if (jwk.use !== undefined && jwk.use !== use) throw domException('Invalid JWK "use" Parameter', 'DataError');
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops) || !usages.every((u) => jwk.key_ops.includes(u))) {
      throw domException('Key operations and usage mismatch', 'DataError');
    }
  }
  if (jwk.ext !== undefined && jwk.ext === false && extractable) {
    throw domException('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
}

// ---- secret keys (HMAC, AES-GCM, PBKDF2, HKDF) ------------------------------------

function secretAlgorithm(alg, bits) {
  if (alg.name === 'HMAC') return { name: 'HMAC', hash: { name: alg.hash }, length: bits };
  if (alg.name === 'AES-GCM') return { name: 'AES-GCM', length: bits };
  return { name: alg.name };
}

function checkSecretLength(alg, bytes) {
  const bits = bytes.length * 8;
  if (alg.name === 'HMAC') {
    if (bits === 0 || alg.length === 0) throw domException('Zero-length key is not supported', 'DataError');
    if (alg.length !== undefined && alg.length % 8 !== 0) {
      throw domException('Unsupported algorithm.length', 'NotSupportedError');
    }
    if (alg.length !== undefined && alg.length !== bits) throw domException('Invalid key length', 'DataError');
  } else if (alg.name === 'AES-GCM' && ![16, 24, 32].includes(bytes.length)) {
    throw domException('Invalid key length', 'DataError');
  }
}

function importSecret(format, data, alg, extractable, usages) {
  const { name } = alg;
  if (format !== 'raw' && (format !== 'jwk' || name === 'PBKDF2' || name === 'HKDF')) {
    throw domException(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
  }
  checkUsages(name, usages, SECRET_USAGES[name]);
  if ((name === 'PBKDF2' || name === 'HKDF') && extractable) {
    throw domException(`${name} keys are not extractable`, 'SyntaxError');
  }
  let bytes = data;
  if (format === 'jwk') {
    checkJwkCommon(data, 'oct', name === 'HMAC' ? 'sig' : 'enc', extractable, usages);
    if (data.k === undefined) throw domException('Invalid keyData', 'DataError');
    bytes = fromBase64url(data.k);
    const expected = name === 'HMAC' ? JWK_HMAC[alg.hash] : `A${bytes.length * 8}GCM`;
    if (name === 'AES-GCM') checkSecretLength(alg, bytes);
    if (data.alg !== undefined && data.alg !== expected) {
      throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
    }
  }
  checkSecretLength(alg, bytes);
  requireNonEmptyUsages(usages, 'secret');
  return createKey('secret', extractable, secretAlgorithm(alg, bytes.length * 8), usages, bytes);
}

function exportSecret(format, slots) {
  const { algorithm, material } = slots;
  if (format === 'raw') return toArrayBuffer(material);
  if (format === 'jwk') {
    const alg = algorithm.name === 'HMAC' ? JWK_HMAC[algorithm.hash.name] : `A${material.length * 8}GCM`;
    return { key_ops: [...slots.usages], ext: slots.extractable, alg, kty: 'oct', k: base64url(material) };
  }
  throw domException(`Unable to export ${algorithm.name} secret key using ${format} format`, 'NotSupportedError');
}

function generateSecret(alg, extractable, usages) {
  checkUsages(alg.name, usages, SECRET_USAGES[alg.name]);
  let bits;
  if (alg.name === 'HMAC') {
    bits = alg.length === undefined ? BLOCK_BITS[alg.hash] : alg.length;
    if (bits === 0) throw domException('Zero-length key is not supported', 'DataError');
    if (bits % 8 !== 0) throw domException('Unsupported algorithm.length', 'NotSupportedError');
  } else {
    bits = alg.length;
    if (![128, 192, 256].includes(bits)) {
      throw domException('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
  }
  if (usages.length === 0) throw domException('Usages cannot be empty when creating a key.', 'SyntaxError');
  const algorithm = alg.name === 'HMAC' ? { name: 'HMAC', length: bits, hash: { name: alg.hash } } :
    { name: 'AES-GCM', length: bits };
  return createKey('secret', extractable, algorithm, usages, randomBytes(bits / 8));
}

// ---- ECDSA P-256 and Ed25519 ------------------------------------------------------

const CURVES = ['P-256', 'P-384', 'P-521'];

function checkCurve(alg) {
  if (!CURVES.includes(alg.namedCurve)) throw domException('Unrecognized namedCurve', 'NotSupportedError');
  if (alg.namedCurve !== 'P-256') throw notSupported(`crypto.subtle ECDSA with ${alg.namedCurve}`);
}

function asymmetricAlgorithm(name) {
  return name === 'ECDSA' ? { name, namedCurve: 'P-256' } : { name };
}

function makeAsymmetric(name, isPrivate, extractable, usages, material) {
  checkUsages(name, usages, [isPrivate ? 'sign' : 'verify']);
  if (isPrivate) requireNonEmptyUsages(usages, 'private');
  return createKey(isPrivate ? 'private' : 'public', extractable, asymmetricAlgorithm(name), usages, material);
}

function invalidKeyData() {
  return domException('Invalid keyData', 'DataError');
}

function ecFromJwk(jwk, alg, extractable, usages) {
  checkUsages('ECDSA', usages, [jwk.d === undefined ? 'verify' : 'sign']);
  checkJwkCommon(jwk, 'EC', 'sig', extractable, usages);
  if (jwk.crv !== alg.namedCurve) throw domException('JWK "crv" does not match the requested algorithm', 'DataError');
  if (jwk.alg !== undefined && jwk.alg !== 'ES256') {
    throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
  }
  const x = fromBase64url(jwk.x);
  const y = fromBase64url(jwk.y);
  if (x.length !== 32 || y.length !== 32) throw invalidKeyData();
  const point = binding.webcryptoP256Point(concatBytes([4], x, y));
  if (point === null) throw invalidKeyData();
  if (jwk.d === undefined) return makeAsymmetric('ECDSA', false, extractable, usages, new Uint8Array(point));
  const d = fromBase64url(jwk.d);
  const derived = d.length === 32 ? binding.webcryptoP256Public(d) : null;
  if (derived === null || Buffer.compare(Buffer.from(derived), Buffer.from(point)) !== 0) throw invalidKeyData();
  return makeAsymmetric('ECDSA', true, extractable, usages, { d, point: new Uint8Array(point) });
}

function importEc(format, data, alg, extractable, usages) {
  checkCurve(alg);
  if (format === 'jwk') return ecFromJwk(data, alg, extractable, usages);
  if (format === 'raw' || format === 'spki') {
    checkUsages('ECDSA', usages, ['verify']);
    const point = format === 'raw' ? binding.webcryptoP256Point(data) : binding.webcryptoP256Spki(data);
    if (point === null) throw invalidKeyData();
    return makeAsymmetric('ECDSA', false, extractable, usages, new Uint8Array(point));
  }
  checkUsages('ECDSA', usages, ['sign']);
  const pair = binding.webcryptoP256Pkcs8(data);
  if (pair === null) throw invalidKeyData();
  return makeAsymmetric('ECDSA', true, extractable, usages, { d: new Uint8Array(pair[0]), point: new Uint8Array(pair[1]) });
}

function edFromJwk(jwk, extractable, usages) {
  checkUsages('Ed25519', usages, [jwk.d === undefined ? 'verify' : 'sign']);
  checkJwkCommon(jwk, 'OKP', 'sig', extractable, usages);
  if (jwk.crv !== 'Ed25519') throw domException('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
  if (jwk.alg !== undefined && jwk.alg !== 'Ed25519' && jwk.alg !== 'EdDSA') {
    throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
  }
  if (typeof jwk.x !== 'string') throw invalidKeyData();
  const pub = fromBase64url(jwk.x);
  if (pub.length !== 32) throw invalidKeyData();
  if (jwk.d === undefined) return makeAsymmetric('Ed25519', false, extractable, usages, pub);
  const seed = fromBase64url(jwk.d);
  const derived = seed.length === 32 ? binding.webcryptoEd25519Public(seed) : null;
  if (derived === null || Buffer.compare(Buffer.from(derived), Buffer.from(pub)) !== 0) throw invalidKeyData();
  return makeAsymmetric('Ed25519', true, extractable, usages, { seed, pub });
}

function importEd(format, data, extractable, usages) {
  if (format === 'jwk') return edFromJwk(data, extractable, usages);
  if (format === 'raw' || format === 'spki') {
    checkUsages('Ed25519', usages, ['verify']);
    let pub = data;
    if (format === 'spki') {
      if (data.length !== ED_SPKI.length + 32 || !startsWith(data, ED_SPKI)) throw invalidKeyData();
      pub = data.slice(ED_SPKI.length);
    } else if (data.length !== 32) {
      throw domException('Ed25519 raw keys must be exactly 32-bytes', 'DataError');
    }
    return makeAsymmetric('Ed25519', false, extractable, usages, pub);
  }
  checkUsages('Ed25519', usages, ['sign']);
  if (data.length !== ED_PKCS8.length + 32 || !startsWith(data, ED_PKCS8)) throw invalidKeyData();
  const seed = data.slice(ED_PKCS8.length);
  const pub = new Uint8Array(binding.webcryptoEd25519Public(seed));
  return makeAsymmetric('Ed25519', true, extractable, usages, { seed, pub });
}

function exportAsymmetric(format, slots) {
  const { type, algorithm, material } = slots;
  const name = algorithm.name;
  const isPrivate = type === 'private';
  const unable = () => domException(`Unable to export ${name} ${type} key using ${format} format`,
    'NotSupportedError');
  const ops = [...slots.usages];
  if (name === 'ECDSA') {
    const point = isPrivate ? material.point : material;
    if (format === 'jwk') {
      const jwk = { key_ops: ops, ext: slots.extractable, kty: 'EC', x: base64url(point.subarray(1, 33)),
        y: base64url(point.subarray(33, 65)), crv: 'P-256' };
      if (isPrivate) jwk.d = base64url(material.d);
      return jwk;
    }
    if (format === 'raw' && !isPrivate) return toArrayBuffer(point);
    if (format === 'spki' && !isPrivate) return toArrayBuffer(concatBytes(P256_SPKI, point));
    if (format === 'pkcs8' && isPrivate) {
      return toArrayBuffer(concatBytes(P256_PKCS8, material.d, P256_PKCS8_PUB, point));
    }
    throw unable();
  }
  const pub = isPrivate ? material.pub : material;
  if (format === 'jwk') {
    const jwk = { key_ops: ops, ext: slots.extractable, alg: 'Ed25519', crv: 'Ed25519' };
    if (isPrivate) jwk.d = base64url(material.seed);
    jwk.x = base64url(pub);
    jwk.kty = 'OKP';
    return jwk;
  }
  if (format === 'raw' && !isPrivate) return toArrayBuffer(pub);
  if (format === 'spki' && !isPrivate) return toArrayBuffer(concatBytes(ED_SPKI, pub));
  if (format === 'pkcs8' && isPrivate) return toArrayBuffer(concatBytes(ED_PKCS8, material.seed));
  throw unable();
}

function generatePair(alg, extractable, usages) {
  const { name } = alg;
  if (name === 'ECDSA') checkCurve(alg);
  checkUsages(name, usages, ['sign', 'verify'], 'an');
  const privateUsages = usages.filter((u) => u === 'sign');
  const publicUsages = usages.filter((u) => u === 'verify');
  if (privateUsages.length === 0) throw domException('Usages cannot be empty when creating a key.', 'SyntaxError');
  let privateMaterial;
  let pub;
  if (name === 'ECDSA') {
    // A random 32-byte string is a valid scalar unless it is 0 or >= n
    // (odds about 2^-32); draw again in that case.
    let d;
    let point = null;
    while (point === null) {
      d = randomBytes(32);
      point = binding.webcryptoP256Public(d);
    }
    pub = new Uint8Array(point);
    privateMaterial = { d, point: pub };
  } else {
    const seed = randomBytes(32);
    pub = new Uint8Array(binding.webcryptoEd25519Public(seed));
    privateMaterial = { seed, pub };
  }
  const algorithm = asymmetricAlgorithm(name);
  const publicKey = createKey('public', true, algorithm, publicUsages, pub);
  const privateKey = createKey('private', extractable, { ...algorithm }, privateUsages, privateMaterial);
  // Node's result objects list the two keys in this order.
  return name === 'ECDSA' ? { publicKey, privateKey } : { privateKey, publicKey };
}

// ---- the operations ----
// Like Node, each one converts its arguments (WebIDL) before it
// normalises the algorithm.------------------------------------------------------------

function importKey(format, keyData, algorithm, extractable, keyUsages) {
  format = formatArg(format, 'importKey');
  let data;
  if (format === 'jwk') {
    if (keyData === null || (typeof keyData !== 'object' && typeof keyData !== 'function')) {
      if (keyData !== undefined) {
        throw typeErrorWithCode('ERR_INVALID_ARG_TYPE',
          "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument can not be converted to a dictionary");
      }
      keyData = {};
    }
    data = keyData;
  } else {
    data = bufferArg(keyData, 'importKey', '2nd');
  }
  extractable = Boolean(extractable);
  const usages = usagesArg(keyUsages, 'importKey', '5th');
  const alg = normalize(algorithm, 'importKey');
  if (format === 'jwk' && isBufferSource(data)) throw invalidKeyData();
  return importNormalized(format, data, alg, extractable, usages);
}

function importNormalized(format, data, alg, extractable, usages) {
  if (alg.name === 'ECDSA') return importEc(format, data, alg, extractable, usages);
  if (alg.name === 'Ed25519') return importEd(format, data, extractable, usages);
  return importSecret(format, data, alg, extractable, usages);
}

function exportKey(format, key) {
  format = formatArg(format, 'exportKey');
  const slots = keySlots(keyArg(key, 'exportKey', '2nd'));
  const name = slots.algorithm.name;
  if (name === 'PBKDF2' || name === 'HKDF') {
    throw domException(`${name} key export is not supported`, 'NotSupportedError');
  }
  // Node names this DOMException "InvalidAccessException" (sic).
  if (!slots.extractable) throw domException('key is not extractable', 'InvalidAccessException');
  return slots.type === 'secret' ? exportSecret(format, slots) : exportAsymmetric(format, slots);
}

function generateKey(algorithm, extractable, keyUsages) {
  extractable = Boolean(extractable);
  const usages = usagesArg(keyUsages, 'generateKey', '3rd');
  const alg = normalize(algorithm, 'generateKey');
  if (alg.name === 'HMAC' || alg.name === 'AES-GCM') return generateSecret(alg, extractable, usages);
  return generatePair(alg, extractable, usages);
}

function checkSignKey(alg, key, usage) {
  const slots = keySlots(key);
  if (slots.algorithm.name !== alg.name || !slots.usages.includes(usage)) {
    throw domException(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
  return slots;
}

// Straight on the native HMAC handle (crypto.rs): update with op 0,
// finish with op 1 into an ArrayBuffer. Loading node:crypto for this
// would cost a served request tens of milliseconds.
function hmacBytes(hash, key, data) {
  const handle = binding.cryptoHmacNew(DIGEST_IDS[hash], key);
  handle(0, data);
  return new Uint8Array(handle(1));
}

function prehash(hash, data) {
  return new Uint8Array(binding.cryptoHashOnce(DIGEST_IDS[hash], data));
}

function sign(algorithm, key, data) {
  keyArg(key, 'sign', '2nd');
  const bytes = bufferArg(data, 'sign', '3rd');
  const alg = normalize(algorithm, 'sign');
  const slots = checkSignKey(alg, key, 'sign');
  if (alg.name === 'HMAC') return toArrayBuffer(hmacBytes(slots.algorithm.hash.name, slots.material, bytes));
  if (alg.name === 'ECDSA') {
    const sig = binding.webcryptoP256Sign(slots.material.d, prehash(alg.hash, bytes));
    if (sig === null) throw domException(OPERATION_FAILED, 'OperationError');
    return sig;
  }
  return binding.webcryptoEd25519Sign(slots.material.seed, bytes);
}

function verify(algorithm, key, signature, data) {
  keyArg(key, 'verify', '2nd');
  const sig = bufferArg(signature, 'verify', '3rd');
  const bytes = bufferArg(data, 'verify', '4th');
  const alg = normalize(algorithm, 'verify');
  const slots = checkSignKey(alg, key, 'verify');
  if (alg.name === 'HMAC') {
    const mac = hmacBytes(slots.algorithm.hash.name, slots.material, bytes);
    return binding.cryptoTimingSafeEqual(mac, sig);
  }
  if (alg.name === 'ECDSA') return binding.webcryptoP256Verify(slots.material, prehash(alg.hash, bytes), sig);
  return binding.webcryptoEd25519Verify(slots.material, bytes, sig);
}

const TAG_LENGTHS = [32, 64, 96, 104, 112, 120, 128];

function aesGcm(encrypt, algorithm, key, data) {
  const method = encrypt ? 'encrypt' : 'decrypt';
  keyArg(key, method, '2nd');
  const bytes = bufferArg(data, method, '3rd');
  const alg = normalize(algorithm, method);
  const slots = keySlots(key);
  if (slots.algorithm.name !== alg.name || !slots.usages.includes(method)) {
    throw domException('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  const tagLength = alg.tagLength === undefined ? 128 : alg.tagLength;
  if (!TAG_LENGTHS.includes(tagLength)) {
    throw domException(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
  }
  if (!encrypt && bytes.length < tagLength / 8) {
    throw domException('The provided data is too small.', 'OperationError');
  }
  // Node (OpenSSL 3) fails ivs shorter than 96 bits.
  if (alg.iv.length < 12) throw domException(OPERATION_FAILED, 'OperationError');
  if (alg.iv.length !== 12 && alg.iv.length !== 16) throw notSupported('AES-GCM with an iv other than 96 or 128 bits');
  if (tagLength < 96) throw notSupported(`AES-GCM with a ${tagLength}-bit tag`);
  if (alg.iv.length === 16 && tagLength !== 128) throw notSupported('AES-GCM with a 128-bit iv and a tag under 128 bits');
  const aad = alg.additionalData || new Uint8Array(0);
  const out = binding.webcryptoAesGcm(encrypt, slots.material, alg.iv, aad, bytes, tagLength / 8);
  if (out === null) throw domException(OPERATION_FAILED, 'OperationError');
  return out;
}

function deriveBitsWith(alg, slots, length) {
  if (length === null) throw domException('length cannot be null', 'OperationError');
  if (length % 8 !== 0) throw domException('length must be a multiple of 8', 'OperationError');
  // OpenSSL takes an int byte count; Node fails beyond it.
  if (length / 8 > 0x7fffffff / 8) throw domException(OPERATION_FAILED, 'OperationError');
  const hash = DIGEST_IDS[alg.hash];
  if (alg.name === 'PBKDF2') {
    return binding.cryptoPbkdf2(hash, slots.material, alg.salt, alg.iterations, length / 8);
  }
  const out = binding.cryptoHkdf(hash, slots.material, alg.salt, alg.info, length / 8);
  if (out === null) throw domException(OPERATION_FAILED, 'OperationError');
  return out;
}

function checkDeriveKey(alg, key, usage) {
  const slots = keySlots(key);
  if (!slots.usages.includes(usage)) throw domException(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  if (slots.algorithm.name !== alg.name) throw domException('Key algorithm mismatch', 'InvalidAccessError');
  return slots;
}

// deriveBits' `unsigned long? length`, without [EnforceRange]: wraps
// modulo 2^32 as WebIDL says (so -8 is a huge length).
function lengthArg(length) {
  if (length === null || length === undefined) return null;
  const n = Math.trunc(Number(length));
  return Number.isFinite(n) ? ((n % 2 ** 32) + 2 ** 32) % 2 ** 32 : 0;
}

function deriveBits(algorithm, baseKey, length) {
  keyArg(baseKey, 'deriveBits', '2nd');
  length = lengthArg(length);
  const alg = normalize(algorithm, 'deriveBits');
  return deriveBitsWith(alg, checkDeriveKey(alg, baseKey, 'deriveBits'), length);
}

// The key length "get key length" gives for HMAC and AES-GCM.
function derivedKeyLength(alg) {
  if (alg.name === 'AES-GCM') {
    if (![128, 192, 256].includes(alg.length)) {
      throw domException('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
    return alg.length;
  }
  if (alg.length === undefined) return BLOCK_BITS[alg.hash];
  if (alg.length === 0) throw domException('Zero-length key is not supported', 'DataError');
  return alg.length;
}

function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  keyArg(baseKey, 'deriveKey', '2nd');
  extractable = Boolean(extractable);
  const usages = usagesArg(keyUsages, 'deriveKey', '5th');
  const alg = normalize(algorithm, 'deriveBits');
  const importAlg = normalize(derivedKeyAlgorithm, 'importKey');
  const slots = checkDeriveKey(alg, baseKey, 'deriveKey');
  const target = normalize(derivedKeyAlgorithm, 'get key length');
  const length = derivedKeyLength(target);
  const bits = new Uint8Array(deriveBitsWith(alg, slots, length));
  return importNormalized('raw', bits, importAlg, extractable, usages);
}

module.exports = {
  importKey,
  exportKey,
  generateKey,
  sign,
  verify,
  encrypt: (algorithm, key, data) => aesGcm(true, algorithm, key, data),
  decrypt: (algorithm, key, data) => aesGcm(false, algorithm, key, data),
  deriveBits,
  deriveKey,
};
