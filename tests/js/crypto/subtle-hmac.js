// crypto.subtle HMAC: importKey raw/jwk for SHA-1/256/384/512, sign with
// RFC 4231 / RFC 2202 vectors, verify, exportKey, generateKey, and Node's
// errors for lengths, usages, JWK members and the wrong key.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const hex = (b) => Buffer.from(b).toString('hex');

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
  const jefe = enc.encode('Jefe');
  const what = enc.encode('what do ya want for nothing?');
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const key = await subtle.importKey('raw', jefe, { name: 'HMAC', hash }, true, ['sign', 'verify']);
    await run(`import ${hash}`, () => key);
    await run(`sign ${hash}`, () => subtle.sign('HMAC', key, what));
    const sig = await subtle.sign({ name: 'hmac' }, key, what);
    await run(`verify ${hash}`, () => subtle.verify('HMAC', key, sig, what));
    await run(`verify bad ${hash}`, () => subtle.verify('HMAC', key, sig, enc.encode('other')));
    await run(`verify short ${hash}`, () => subtle.verify('HMAC', key, sig.slice(0, 10), what));
    await run(`jwk ${hash}`, () => subtle.exportKey('jwk', key));
  }
  // RFC 4231 test case 1: 20 bytes of 0x0b, "Hi There".
  const k1 = await subtle.importKey('raw', new Uint8Array(20).fill(0x0b), { name: 'HMAC', hash: { name: 'sha-256' } },
    false, ['sign']);
  await run('rfc4231 case 1', () => subtle.sign('HMAC', k1, enc.encode('Hi There')));
  await run('export non-extractable', () => subtle.exportKey('raw', k1));
  await run('verify without usage', () => subtle.verify('HMAC', k1, new Uint8Array(32), what));

  const jwkKey = await subtle.importKey('jwk', { kty: 'oct', k: 'SmVmZQ', alg: 'HS256', ext: true, key_ops: ['sign'] },
    { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  await run('jwk import', () => jwkKey);
  await run('jwk sign', () => subtle.sign('HMAC', jwkKey, what));
  await run('jwk raw export', () => subtle.exportKey('raw', jwkKey));
  await run('import length ok', () => subtle.importKey('raw', jefe, { name: 'HMAC', hash: 'SHA-1', length: 32 }, true, ['sign']));

  // Errors.
  const hmac = (extra) => ({ name: 'HMAC', hash: 'SHA-256', ...extra });
  await run('no hash', () => subtle.importKey('raw', jefe, { name: 'HMAC' }, true, ['sign']));
  await run('bad hash', () => subtle.importKey('raw', jefe, hmac({ hash: 'MD5' }), true, ['sign']));
  await run('bad usage', () => subtle.importKey('raw', jefe, hmac(), true, ['encrypt']));
  await run('unknown usage', () => subtle.importKey('raw', jefe, hmac(), true, ['sign', 'frob']));
  await run('empty usages', () => subtle.importKey('raw', jefe, hmac(), true, []));
  await run('empty key', () => subtle.importKey('raw', new Uint8Array(0), hmac(), true, ['sign']));
  await run('length mismatch', () => subtle.importKey('raw', jefe, hmac({ length: 24 }), true, ['sign']));
  await run('length zero', () => subtle.importKey('raw', jefe, hmac({ length: 0 }), true, ['sign']));
  await run('spki format', () => subtle.importKey('spki', jefe, hmac(), true, ['sign']));
  await run('bad format', () => subtle.importKey('der', jefe, hmac(), true, ['sign']));
  await run('not a buffer', () => subtle.importKey('raw', 'Jefe', hmac(), true, ['sign']));
  await run('jwk kty', () => subtle.importKey('jwk', { kty: 'EC', k: 'SmVmZQ' }, hmac(), true, ['sign']));
  await run('jwk no k', () => subtle.importKey('jwk', { kty: 'oct' }, hmac(), true, ['sign']));
  await run('jwk alg', () => subtle.importKey('jwk', { kty: 'oct', k: 'SmVmZQ', alg: 'HS512' }, hmac(), true, ['sign']));
  await run('jwk use', () => subtle.importKey('jwk', { kty: 'oct', k: 'SmVmZQ', use: 'enc' }, hmac(), true, ['sign']));
  await run('jwk ops', () => subtle.importKey('jwk', { kty: 'oct', k: 'SmVmZQ', key_ops: ['verify'] }, hmac(), true, ['sign']));
  await run('jwk ext', () => subtle.importKey('jwk', { kty: 'oct', k: 'SmVmZQ', ext: false }, hmac(), true, ['sign']));
  await run('jwk not object', () => subtle.importKey('jwk', 'x', hmac(), true, ['sign']));
  await run('sign wrong name', () => subtle.sign('Ed25519', jwkKey, what));
  await run('sign aes name', () => subtle.sign('AES-GCM', jwkKey, what));
  await run('sign not key', () => subtle.sign('HMAC', {}, what));
  await run('sign string data', () => subtle.sign('HMAC', jwkKey, 'abc'));
  await run('sign missing args', () => subtle.sign('HMAC', jwkKey));

  // generateKey: random material, so only lengths.
  for (const [hash, length] of [['SHA-1'], ['SHA-384'], ['SHA-256', 128]]) {
    const key = await subtle.generateKey({ name: 'HMAC', hash, length }, true, ['sign', 'verify']);
    const raw = await subtle.exportKey('raw', key);
    const sig = await subtle.sign('HMAC', key, what);
    console.log('generate', hash, JSON.stringify(key.algorithm), key.usages.join(','), raw.byteLength, sig.byteLength,
      await subtle.verify('HMAC', key, sig, what));
  }
  await run('generate length 7', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 7 }, true, ['sign']));
  await run('generate length 0', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 0 }, true, ['sign']));
  await run('generate no usages', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-1' }, true, []));
})();
