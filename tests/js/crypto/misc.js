// timingSafeEqual, constants, module shape, and the deprecated aliases.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

attempt('tse equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
attempt('tse differ', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
attempt('tse empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
attempt('tse views', () => crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint16Array([0x0201])));
attempt('tse dataview', () => crypto.timingSafeEqual(new DataView(new ArrayBuffer(2)), Buffer.alloc(2)));
attempt('tse arraybuffer', () => crypto.timingSafeEqual(new ArrayBuffer(2), new ArrayBuffer(2)));
attempt('tse length', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
attempt('tse u16 length', () => crypto.timingSafeEqual(new Uint16Array(2), new Uint8Array(3)));
attempt('tse strings', () => crypto.timingSafeEqual('a', 'b'));
attempt('tse second', () => crypto.timingSafeEqual(Buffer.from('a'), 'b'));
attempt('tse none', () => crypto.timingSafeEqual());

// OPENSSL_VERSION_NUMBER is whichever OpenSSL node was built with.
const { OPENSSL_VERSION_NUMBER, ...constants } = crypto.constants;
console.log(typeof OPENSSL_VERSION_NUMBER, JSON.stringify(constants));
console.log(Object.keys(crypto).filter((k) => k !== 'Cipher' && k !== 'Decipher').join(' '));
console.log(crypto.getFips(), typeof crypto.createHash, typeof crypto.KeyObject, typeof crypto.X509Certificate);
console.log(require('node:crypto') === crypto);
const { createHash, randomBytes } = require('crypto');
console.log(typeof createHash, typeof randomBytes);
