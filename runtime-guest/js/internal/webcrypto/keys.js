// CryptoKey for crypto.subtle: the class user code sees, and the internal
// slots (key material) that only the webcrypto modules can read.
'use strict';

const { codes, fixStackName } = require('internal/errors');

// Slots live in a WeakMap, not on the object, so a non-extractable key's
// material cannot be reached through reflection (getOwnPropertySymbols).
const slotsByKey = new WeakMap();

function illegalConstructor() {
  const err = new TypeError('Illegal constructor');
  Object.defineProperty(err, 'code', { value: 'ERR_ILLEGAL_CONSTRUCTOR', enumerable: true, writable: true, configurable: true });
  fixStackName(err, 'TypeError [ERR_ILLEGAL_CONSTRUCTOR]');
  return err;
}

function slotsOf(key, name) {
  const slots = slotsByKey.get(key);
  if (slots === undefined) throw new codes.ERR_INVALID_THIS(name || 'CryptoKey');
  return slots;
}

class CryptoKey {
  constructor() {
    throw illegalConstructor();
  }

  get type() {
    return slotsOf(this).type;
  }

  get extractable() {
    return slotsOf(this).extractable;
  }

  get algorithm() {
    return slotsOf(this).algorithm;
  }

  get usages() {
    return slotsOf(this).usages;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const { type, extractable, algorithm, usages } = slotsOf(this);
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({ type, extractable, algorithm, usages }, opts)}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { enumerable: true });
}

// Keys are made without running CryptoKey's throwing constructor.
class InternalCryptoKey extends CryptoKey {
  constructor(slots) {
    const key = Object.create(InternalCryptoKey.prototype);
    slotsByKey.set(key, slots);
    // eslint-disable-next-line constructor-super
    return key;
  }
}

// Node's keys also report CryptoKey as their constructor.
Object.defineProperty(InternalCryptoKey.prototype, 'constructor', { value: CryptoKey, writable: true, configurable: true });

// `material` is whatever the algorithm needs: the secret bytes, an EC
// { d, point }, an Ed25519 { seed, pub }, or a public key's bytes.
function createKey(type, extractable, algorithm, usages, material) {
  return new InternalCryptoKey({ type, extractable, algorithm, usages, material });
}

function isCryptoKey(value) {
  return slotsByKey.has(value);
}

function keySlots(key) {
  return slotsByKey.get(key);
}

module.exports = { CryptoKey, createKey, isCryptoKey, keySlots, illegalConstructor };
