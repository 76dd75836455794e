// CryptoKey and SubtleCrypto surface: key properties, inspection, class
// checks, argument conversions (formats, usages, algorithm names) and the
// order in which Node reports errors.
const { subtle } = globalThis.crypto;
const util = require('util');
const nodeCrypto = require('crypto');

async function run(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', Object.prototype.toString.call(r));
  } catch (e) {
    console.log(label, e.code, e.name, e.message, e instanceof DOMException);
  }
}

(async () => {
  const key = await subtle.importKey('raw', new Uint8Array(16).fill(1), { name: 'HMAC', hash: 'SHA-256' }, true,
    ['verify', 'sign', 'sign']);
  console.log(key instanceof CryptoKey, typeof nodeCrypto.webcrypto.CryptoKey, key.constructor === CryptoKey,
    key.constructor.name);
  console.log(Object.prototype.toString.call(key), String(key), Object.keys(key).length);
  console.log(key.type, key.extractable, JSON.stringify(key.algorithm), JSON.stringify(key.usages));
  console.log(key.algorithm === key.algorithm, key.usages === key.usages);
  console.log(util.inspect(key));
  console.log(Object.getOwnPropertyNames(CryptoKey.prototype).sort().join(','));
  try {
    new CryptoKey();
  } catch (e) {
    console.log('new CryptoKey', e.code, e.name, e.message);
  }
  try {
    Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'type').get.call({});
  } catch (e) {
    console.log('type getter', e.code, e.name);
  }

  const pair = await subtle.generateKey('Ed25519', true, ['verify', 'sign']);
  console.log(util.inspect(pair.publicKey));
  const aes = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['unwrapKey', 'decrypt', 'encrypt']);
  console.log(util.inspect(aes));

  const raw = new Uint8Array(16);
  await run('format', () => subtle.importKey('pem', raw, 'AES-GCM', true, ['encrypt']));
  await run('usage enum', () => subtle.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'Encrypt']));
  await run('usages not iterable', () => subtle.importKey('raw', raw, 'AES-GCM', true, 5));
  await run('unknown algorithm', () => subtle.importKey('raw', raw, 'AES-XTS', true, ['encrypt']));
  await run('algorithm without name', () => subtle.importKey('raw', raw, {}, true, ['encrypt']));
  await run('digest name for import', () => subtle.importKey('raw', raw, 'SHA-256', true, ['encrypt']));
  await run('generate PBKDF2', () => subtle.generateKey('PBKDF2', false, ['deriveBits']));
  await run('sign with ECDSA name, HMAC key', () => subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, raw));
  await run('key checked before algorithm', () => subtle.sign('FOO', null, raw));
  await run('data checked before algorithm', () => subtle.encrypt('FOO', key, 1));
  await run('exportKey not a key', () => subtle.exportKey('raw', { type: 'secret' }));
  await run('exportKey bad format', () => subtle.exportKey('pem', key));
  await run('importKey missing args', () => subtle.importKey('raw', raw, 'AES-GCM', true));
  await run('generateKey missing args', () => subtle.generateKey('AES-GCM'));
  await run('verify missing args', () => subtle.verify('HMAC', key, raw));
  await run('bad this', () => subtle.sign.call({}, 'HMAC', key, raw));
  await run('exportKey from webcrypto', () => nodeCrypto.webcrypto.subtle.exportKey('jwk', key));

  // WebIDL number and string conversions inside algorithm dictionaries.
  const pbkdf2 = await subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveBits']);
  const pb = (iterations) => ({ name: 'PBKDF2', hash: 'SHA-256', salt: raw, iterations });
  await run('iterations -1', () => subtle.deriveBits(pb(-1), pbkdf2, 128));
  await run('iterations NaN', () => subtle.deriveBits(pb(NaN), pbkdf2, 128));
  await run('iterations string', () => subtle.deriveBits(pb('2'), pbkdf2, 128));
  await run('length -8 wraps', () => subtle.deriveBits(pb(1), pbkdf2, -8));
  await run('length 8.5', () => subtle.deriveBits(pb(1), pbkdf2, 8.5));
  await run('aes length string', () => subtle.generateKey({ name: 'AES-GCM', length: '128' }, true, ['encrypt']));
  await run('aes length 70000', () => subtle.generateKey({ name: 'AES-GCM', length: 70000 }, true, ['encrypt']));
  await run('hmac length -1', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: -1 }, true, ['sign']));
  await run('tagLength 256', () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 256 }, key, raw));
  await run('jwk k number', () => subtle.importKey('jwk', { kty: 'oct', k: 123 }, { name: 'HMAC', hash: 'SHA-256' },
    true, ['sign']));
  await run('hash without name', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: {} }, true, ['sign']));
  await run('curve is case-sensitive', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'p-256' }, true, ['sign']));
  await run('usages as string', () => subtle.importKey('raw', raw, 'AES-GCM', true, 'encrypt'));

  // Operations settle after nextTicks and microtasks queued later.
  const order = [];
  const p = subtle.sign('HMAC', key, raw).then(() => order.push('sign'));
  Promise.resolve().then(() => order.push('promise'));
  process.nextTick(() => order.push('tick'));
  order.push('sync');
  await p;
  console.log(order.join(' '));
})();
