// crypto.subtle.digest (SHA-1/256/384/512) resolves with an ArrayBuffer;
// input and algorithm errors reject like Node; the other methods reject.
const crypto = require('crypto');
const { subtle } = crypto;

async function run(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', Object.prototype.toString.call(r), r.byteLength, Buffer.from(r).toString('hex'));
  } catch (e) {
    console.log(label, e.code, e.name, e.message, e instanceof DOMException);
  }
}

(async () => {
  const enc = new TextEncoder();
  await run('sha1', () => subtle.digest('SHA-1', enc.encode('abc')));
  await run('sha256', () => subtle.digest('SHA-256', enc.encode('abc')));
  await run('sha384', () => subtle.digest({ name: 'SHA-384' }, enc.encode('abc')));
  await run('sha512', () => subtle.digest('sha-512', enc.encode('abc')));
  await run('lower', () => subtle.digest('sha-256', new ArrayBuffer(0)));
  await run('dataview', () => subtle.digest('SHA-256', new DataView(new ArrayBuffer(3))));
  await run('buffer', () => subtle.digest('SHA-1', Buffer.from('abc')));
  await run('subarray', () => subtle.digest('SHA-1', Buffer.from('xabcx').subarray(1, 4)));
  await run('u32', () => subtle.digest('SHA-1', new Uint32Array([1, 2])));
  await run('global', () => globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(1)));
  await run('string data', () => subtle.digest('SHA-256', 'x'));
  await run('array data', () => subtle.digest('SHA-256', [1]));
  await run('no data', () => subtle.digest('SHA-256'));
  await run('no args', () => subtle.digest());
  await run('sha3', () => subtle.digest('SHA3-256', new Uint8Array(0)));
  await run('md5', () => subtle.digest('MD5', new Uint8Array(0)));
  await run('SHA-3', () => subtle.digest('SHA-3', new Uint8Array(0)));
  await run('no name', () => subtle.digest({}, new Uint8Array(0)));
  await run('number alg', () => subtle.digest(1, new Uint8Array(0)));
  await run('bad this', () => subtle.digest.call({}, 'SHA-1', new Uint8Array(0)));
  await run('encrypt no args', () => subtle.encrypt());
  await run('exportKey no args', () => subtle.exportKey());

  // The digest promise settles after nextTicks and microtasks queued later.
  const order = [];
  const p = subtle.digest('SHA-256', new Uint8Array(0)).then(() => order.push('digest'));
  Promise.resolve().then(() => order.push('promise'));
  process.nextTick(() => order.push('tick'));
  order.push('sync');
  await p;
  console.log(order.join(' '));

  console.log(Object.prototype.toString.call(subtle), Object.prototype.toString.call(crypto.webcrypto));
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(subtle)).join(' '));
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(crypto.webcrypto)).join(' '));
  try {
    new (subtle.constructor)();
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
})();
