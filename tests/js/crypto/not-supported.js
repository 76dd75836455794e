// What sandnode's node:crypto lacks is present and fails loudly: each API
// throws ERR_NOT_SUPPORTED_IN_SANDNODE naming itself. Node implements all of
// it, so the expected sandnode output is not-supported.sandnode-stdout (see
// tests/js/README.md).
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

for (const name of ['checkPrime', 'checkPrimeSync', 'createCipheriv', 'createDecipheriv', 'createDiffieHellman',
  'createDiffieHellmanGroup', 'createECDH', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign',
  'createVerify', 'diffieHellman', 'generatePrime', 'generatePrimeSync', 'getCipherInfo', 'getDiffieHellman',
  'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync', 'privateDecrypt', 'privateEncrypt',
  'publicDecrypt', 'publicEncrypt', 'sign', 'setEngine', 'verify']) {
  console.log(name, typeof crypto[name]);
  attempt(name, () => crypto[name]('x'));
}
for (const name of ['Certificate', 'Cipheriv', 'Decipheriv', 'DiffieHellman', 'DiffieHellmanGroup', 'ECDH',
  'KeyObject', 'Sign', 'Verify', 'X509Certificate']) {
  console.log(name, typeof crypto[name]);
  attempt(`new ${name}`, () => new crypto[name]('x'));
}
attempt('ECDH.convertKey', () => crypto.ECDH.convertKey('x', 'prime256v1'));
attempt('KeyObject.from', () => crypto.KeyObject.from({}));
attempt('Certificate.verifySpkac', () => crypto.Certificate.verifySpkac(Buffer.alloc(0)));
attempt('setFips', () => crypto.setFips(true));
attempt('setFips off', () => crypto.setFips(false));
console.log(Array.isArray(crypto.getCiphers()), Array.isArray(crypto.getCurves()));
for (const alg of ['shake128', 'shake256', 'ripemd160', 'blake2b512', 'sm3', 'md5-sha1']) {
  attempt(`hash ${alg}`, () => crypto.createHash(alg));
  attempt(`hmac ${alg}`, () => crypto.createHmac(alg, 'k'));
  attempt(`pbkdf2 ${alg}`, () => crypto.pbkdf2Sync('p', 's', 1, 8, alg));
}
attempt('hmac KeyObject', () => crypto.createHmac('sha256', Object.create(crypto.KeyObject.prototype)));
const h = crypto.createHash('sha256');
attempt('hash pipe', () => h.pipe(process.stdout));
attempt('hash write', () => h.write('x'));
attempt('hmac on', () => crypto.createHmac('sha1', 'k').on('data', () => {}));
// SubtleCrypto algorithms sandnode lacks (the supported ones are tested in
// subtle-*.js); each settles in order, after the synchronous attempts.
(async () => {
  const subtle = crypto.subtle;
  const aes = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt', 'wrapKey']);
  const cases = [
    ['subtle.generateKey RSA-PSS', () => subtle.generateKey({ name: 'RSA-PSS', modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign'])],
    ['subtle.generateKey ECDH', () => subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])],
    ['subtle.generateKey X25519', () => subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])],
    ['subtle.generateKey ECDSA P-384', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign'])],
    ['subtle.importKey AES-CBC', () => subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['encrypt'])],
    ['subtle.encrypt AES-GCM 24-byte iv', () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(24) }, aes, new Uint8Array(1))],
    ['subtle.encrypt AES-GCM 64-bit tag', () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 64 }, aes,
      new Uint8Array(1))],
    ['subtle.wrapKey', () => subtle.wrapKey('raw', aes, aes, { name: 'AES-GCM', iv: new Uint8Array(12) })],
  ];
  for (const [label, fn] of cases) {
    try {
      const r = await fn();
      console.log(label, 'ok', Object.prototype.toString.call(r));
    } catch (e) {
      console.log(label, e.code, e.name, e.message);
    }
  }
})();
