// crypto.subtle PBKDF2 and HKDF: deriveBits against RFC 6070 / RFC 5869
// vectors, deriveKey into AES-GCM and HMAC keys, and Node's errors for
// lengths, iterations, usages and missing parameters.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const hex = (b) => Buffer.from(b).toString('hex');
const bytes = (h) => new Uint8Array(Buffer.from(h, 'hex'));

async function run(label, fn) {
  try {
    const r = await fn();
    if (r instanceof ArrayBuffer) console.log(label, 'ArrayBuffer', r.byteLength, hex(r));
    else if (r && typeof r === 'object' && r.type) {
      console.log(label, r.type, r.extractable, JSON.stringify(r.algorithm), r.usages.join(','));
    } else console.log(label, JSON.stringify(r));
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

(async () => {
  const password = await subtle.importKey('raw', enc.encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  await run('pbkdf2 key', () => password);
  const salt = enc.encode('salt');
  for (const [hash, iterations, length] of [['SHA-1', 1, 160], ['SHA-1', 2, 160], ['SHA-1', 4096, 160],
    ['SHA-256', 1, 256], ['SHA-384', 2, 384], ['SHA-512', 3, 512], ['SHA-256', 1000, 0]]) {
    await run(`pbkdf2 ${hash} ${iterations}`, () => subtle.deriveBits({ name: 'PBKDF2', hash, salt, iterations },
      password, length));
  }
  const p = (extra) => ({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1, ...extra });
  await run('pbkdf2 length null', () => subtle.deriveBits(p(), password, null));
  await run('pbkdf2 length 7', () => subtle.deriveBits(p(), password, 7));
  await run('pbkdf2 iterations 0', () => subtle.deriveBits(p({ iterations: 0 }), password, 128));
  await run('pbkdf2 no salt', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1 }, password, 128));
  await run('pbkdf2 no hash', () => subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1 }, password, 128));
  await run('pbkdf2 salt string', () => subtle.deriveBits(p({ salt: 'salt' }), password, 128));
  await run('pbkdf2 extractable', () => subtle.importKey('raw', salt, 'PBKDF2', true, ['deriveBits']));
  await run('pbkdf2 bad usage', () => subtle.importKey('raw', salt, 'PBKDF2', false, ['sign']));
  await run('pbkdf2 jwk', () => subtle.importKey('jwk', { kty: 'oct', k: 'AQEB' }, 'PBKDF2', false, ['deriveBits']));
  await run('pbkdf2 export', () => subtle.exportKey('raw', password));

  // RFC 5869 test cases 1 and 3 (SHA-256), 4 (SHA-1).
  const ikm = await subtle.importKey('raw', new Uint8Array(22).fill(0x0b), 'HKDF', false, ['deriveBits', 'deriveKey']);
  await run('hkdf key', () => ikm);
  await run('hkdf case 1', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: bytes('000102030405060708090a0b0c'),
    info: bytes('f0f1f2f3f4f5f6f7f8f9') }, ikm, 42 * 8));
  await run('hkdf case 3', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0),
    info: new Uint8Array(0) }, ikm, 42 * 8));
  const ikm11 = await subtle.importKey('raw', new Uint8Array(11).fill(0x0b), 'HKDF', false, ['deriveBits']);
  await run('hkdf case 4', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-1', salt: bytes('000102030405060708090a0b0c'),
    info: bytes('f0f1f2f3f4f5f6f7f8f9') }, ikm11, 42 * 8));
  const h = (extra) => ({ name: 'HKDF', hash: 'SHA-512', salt, info: enc.encode('info'), ...extra });
  await run('hkdf sha-512', () => subtle.deriveBits(h(), ikm, 512));
  await run('hkdf 0 bits', () => subtle.deriveBits(h(), ikm, 0));
  await run('hkdf too long', () => subtle.deriveBits(h(), ikm, 255 * 64 * 8 + 8));
  await run('hkdf length 12', () => subtle.deriveBits(h(), ikm, 12));
  await run('hkdf no info', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt }, ikm, 128));
  await run('hkdf with pbkdf2 key', () => subtle.deriveBits(h(), password, 128));
  await run('hkdf extractable', () => subtle.importKey('raw', salt, 'HKDF', true, ['deriveBits']));
  await run('hkdf empty usages', () => subtle.importKey('raw', salt, 'HKDF', false, []));

  // deriveKey.
  const aes = await subtle.deriveKey(p({ iterations: 1000 }), password, { name: 'AES-GCM', length: 256 }, true,
    ['encrypt', 'decrypt']);
  await run('derive aes', () => aes);
  await run('derive aes raw', () => subtle.exportKey('raw', aes));
  const mac = await subtle.deriveKey(h(), ikm, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  await run('derive hmac', () => mac);
  await run('derive hmac raw', () => subtle.exportKey('raw', mac));
  await run('derive hmac 160', () => subtle.deriveKey(h(), ikm, { name: 'HMAC', hash: 'SHA-1', length: 160 }, false, ['verify']));
  await run('derive aes 100', () => subtle.deriveKey(h(), ikm, { name: 'AES-GCM', length: 100 }, true, ['encrypt']));
  await run('derive aes no length', () => subtle.deriveKey(h(), ikm, 'AES-GCM', true, ['encrypt']));
  await run('derive ecdsa', () => subtle.deriveKey(h(), ikm, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
  await run('derive bad usage', () => subtle.deriveKey(h(), ikm, { name: 'AES-GCM', length: 128 }, true, ['sign']));
  await run('derive without usage', () => subtle.deriveKey(h(), ikm11, { name: 'AES-GCM', length: 128 }, true, ['encrypt']));
  await run('deriveBits without usage', async () => subtle.deriveBits(p(),
    await subtle.importKey('raw', salt, 'PBKDF2', false, ['deriveKey']), 128));
  await run('deriveBits not a key', () => subtle.deriveBits(p(), {}, 128));
  await run('deriveBits missing args', () => subtle.deriveBits(p(), password));
})();
