// crypto.subtle ECDSA P-256: a fixed key in jwk/raw/spki/pkcs8, a
// signature made by Node verified here, sign/verify round trips (ECDSA
// signatures are random, so only lengths and verify results are printed),
// generateKey, and Node's errors.
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

const JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 'zIfyKCPNkQ9_uwh-Jw_m_glsFoHKPtkktwsHl3hqAu4',
  y: 'favylQJMEAkN9HLAzP5EhsfypAGCM2EYB9hxkizDOB4',
  d: '_wbU_dUI7iX0uHYZ0h804HmftVEAh-2dYHVbf0lEO3U',
};
const NODE_SIG = '4f14fb8ba4d3f73e3906e62fbf8cd5895e41814ed232330721cb2bb87d6a5a55' +
  'eb15b406f0ddf3a50ab706aa9590cf68720896528c3d8239e54de164f3ac91c9';
const P256 = { name: 'ECDSA', namedCurve: 'P-256' };
const SHA256 = { name: 'ECDSA', hash: 'SHA-256' };

(async () => {
  const msg = enc.encode('edge handler');
  const priv = await subtle.importKey('jwk', JWK, P256, true, ['sign']);
  await run('jwk private', () => priv);
  const { d, ...pubJwk } = JWK;
  const pub = await subtle.importKey('jwk', pubJwk, { name: 'ecdsa', namedCurve: 'P-256' }, true, ['verify']);
  await run('jwk public', () => pub);
  await run('verify node signature', () => subtle.verify(SHA256, pub, Buffer.from(NODE_SIG, 'hex'), msg));
  await run('verify node signature, other message', () => subtle.verify(SHA256, pub, Buffer.from(NODE_SIG, 'hex'),
    enc.encode('edge handlers')));
  await run('verify node signature, SHA-384', () => subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, pub,
    Buffer.from(NODE_SIG, 'hex'), msg));
  await run('verify short signature', () => subtle.verify(SHA256, pub, new Uint8Array(10), msg));
  await run('verify zero signature', () => subtle.verify(SHA256, pub, new Uint8Array(64), msg));
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const sig = await subtle.sign({ name: 'ECDSA', hash }, priv, msg);
    console.log('sign', hash, sig.byteLength, await subtle.verify({ name: 'ECDSA', hash }, pub, sig, msg),
      await subtle.verify({ name: 'ECDSA', hash }, pub, sig, enc.encode('x')));
  }

  const raw = await subtle.exportKey('raw', pub);
  await run('raw export', () => raw);
  const spki = await subtle.exportKey('spki', pub);
  await run('spki export', () => spki);
  const pkcs8 = await subtle.exportKey('pkcs8', priv);
  await run('pkcs8 export', () => pkcs8);
  await run('jwk export private', () => subtle.exportKey('jwk', priv));
  await run('jwk export public', () => subtle.exportKey('jwk', pub));
  const fromRaw = await subtle.importKey('raw', raw, P256, true, ['verify']);
  await run('raw import', () => subtle.verify(SHA256, fromRaw, Buffer.from(NODE_SIG, 'hex'), msg));
  const fromSpki = await subtle.importKey('spki', spki, P256, true, ['verify']);
  await run('spki import', () => subtle.verify(SHA256, fromSpki, Buffer.from(NODE_SIG, 'hex'), msg));
  const fromPkcs8 = await subtle.importKey('pkcs8', pkcs8, P256, true, ['sign']);
  await run('pkcs8 import', async () => subtle.verify(SHA256, pub, await subtle.sign(SHA256, fromPkcs8, msg), msg));
  await run('pkcs8 jwk', () => subtle.exportKey('jwk', fromPkcs8));
  const compressed = new Uint8Array(33);
  compressed[0] = 2 + (new Uint8Array(raw)[64] & 1);
  compressed.set(new Uint8Array(raw).subarray(1, 33), 1);
  await run('raw compressed import', async () => subtle.exportKey('raw',
    await subtle.importKey('raw', compressed, P256, true, ['verify'])));

  // Errors.
  await run('export raw private', () => subtle.exportKey('raw', priv));
  await run('export pkcs8 public', () => subtle.exportKey('pkcs8', pub));
  await run('sign with public', () => subtle.sign(SHA256, pub, msg));
  await run('verify with private', () => subtle.verify(SHA256, priv, new Uint8Array(64), msg));
  await run('sign without hash', () => subtle.sign({ name: 'ECDSA' }, priv, msg));
  await run('sign with bad hash', () => subtle.sign({ name: 'ECDSA', hash: 'SHA-3' }, priv, msg));
  await run('import no curve', () => subtle.importKey('jwk', JWK, { name: 'ECDSA' }, true, ['sign']));
  await run('import bad curve', () => subtle.importKey('jwk', JWK, { name: 'ECDSA', namedCurve: 'P-255' }, true, ['sign']));
  await run('raw bad point', () => subtle.importKey('raw', new Uint8Array(65), P256, true, ['verify']));
  await run('raw sign usage', () => subtle.importKey('raw', raw, P256, true, ['sign']));
  await run('raw empty usages', () => subtle.importKey('raw', raw, P256, true, []));
  await run('pkcs8 garbage', () => subtle.importKey('pkcs8', new Uint8Array(138), P256, true, ['sign']));
  await run('spki garbage', () => subtle.importKey('spki', new Uint8Array(91), P256, true, ['verify']));
  await run('jwk crv mismatch', () => subtle.importKey('jwk', { ...JWK, crv: 'P-384' }, P256, true, ['sign']));
  await run('jwk alg', () => subtle.importKey('jwk', { ...JWK, alg: 'ES384' }, P256, true, ['sign']));
  await run('jwk alg ES256', () => subtle.importKey('jwk', { ...JWK, alg: 'ES256' }, P256, true, ['sign']));
  await run('jwk bad d', () => subtle.importKey('jwk', { ...JWK, d: 'AAAA' }, P256, true, ['sign']));
  await run('jwk private verify', () => subtle.importKey('jwk', JWK, P256, true, ['verify']));
  await run('jwk private empty usages', () => subtle.importKey('jwk', JWK, P256, true, []));
  await run('jwk kty', () => subtle.importKey('jwk', { ...JWK, kty: 'OKP' }, P256, true, ['sign']));

  const pair = await subtle.generateKey(P256, false, ['sign', 'verify']);
  console.log('generate keys', Object.keys(pair).join(','), pair.privateKey.type, pair.privateKey.extractable,
    JSON.stringify(pair.privateKey.algorithm), pair.privateKey.usages.join(','), pair.publicKey.type,
    pair.publicKey.extractable, pair.publicKey.usages.join(','));
  const sig = await subtle.sign(SHA256, pair.privateKey, msg);
  console.log('generated sign', sig.byteLength, await subtle.verify(SHA256, pair.publicKey, sig, msg),
    (await subtle.exportKey('raw', pair.publicKey)).byteLength, (await subtle.exportKey('spki', pair.publicKey)).byteLength);
  await run('generate no curve', () => subtle.generateKey({ name: 'ECDSA' }, true, ['sign']));
  await run('generate bad usage', () => subtle.generateKey(P256, true, ['encrypt']));
  await run('generate verify only', () => subtle.generateKey(P256, true, ['verify']));
})();
