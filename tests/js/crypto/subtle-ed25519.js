// crypto.subtle Ed25519: the RFC 8032 test vectors (deterministic
// signatures), verify, raw/jwk/spki/pkcs8 import and export, generateKey,
// and Node's errors.
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

const PKCS8 = '302e020100300506032b657004220420';
const VECTORS = [
  ['9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', ''],
  ['4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb', '72'],
  ['c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7', 'af82'],
];

(async () => {
  for (const [seed, msg] of VECTORS) {
    const priv = await subtle.importKey('pkcs8', bytes(PKCS8 + seed), 'Ed25519', true, ['sign']);
    await run('import pkcs8', () => priv);
    const jwk = await subtle.exportKey('jwk', priv);
    await run('jwk', () => jwk);
    const pub = await subtle.importKey('raw', Buffer.from(jwk.x, 'base64url'), { name: 'ed25519' }, true, ['verify']);
    await run('raw public', () => subtle.exportKey('raw', pub));
    await run('spki', () => subtle.exportKey('spki', pub));
    const sig = await subtle.sign('Ed25519', priv, bytes(msg));
    await run('sign', () => sig);
    await run('verify', () => subtle.verify({ name: 'Ed25519' }, pub, sig, bytes(msg)));
    await run('verify other msg', () => subtle.verify('Ed25519', pub, sig, enc.encode('x')));
    const bad = new Uint8Array(sig);
    bad[0] ^= 0x80;
    await run('verify bad sig', () => subtle.verify('Ed25519', pub, bad, bytes(msg)));
    await run('verify short sig', () => subtle.verify('Ed25519', pub, sig.slice(0, 63), bytes(msg)));
    await run('pkcs8 export', () => subtle.exportKey('pkcs8', priv));
    const fromJwk = await subtle.importKey('jwk', jwk, 'Ed25519', false, ['sign']);
    await run('jwk private import sign', () => subtle.sign('Ed25519', fromJwk, bytes(msg)));
    const pubJwk = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, 'Ed25519', true, ['verify']);
    await run('jwk public export', () => subtle.exportKey('jwk', pubJwk));
  }
  const seed = VECTORS[0][0];
  const priv = await subtle.importKey('pkcs8', bytes(PKCS8 + seed), 'Ed25519', false, ['sign']);
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
  const pub = await subtle.importKey('jwk', jwk, 'Ed25519', true, ['verify']);
  await run('sign with public', () => subtle.sign('Ed25519', pub, new Uint8Array(1)));
  await run('verify with private', () => subtle.verify('Ed25519', priv, new Uint8Array(64), new Uint8Array(1)));
  await run('export non-extractable', () => subtle.exportKey('jwk', priv));
  await run('export raw private', async () => subtle.exportKey('raw',
    await subtle.importKey('pkcs8', bytes(PKCS8 + seed), 'Ed25519', true, ['sign'])));
  await run('export pkcs8 public', () => subtle.exportKey('pkcs8', pub));
  await run('raw 31 bytes', () => subtle.importKey('raw', new Uint8Array(31), 'Ed25519', true, ['verify']));
  await run('raw with sign usage', () => subtle.importKey('raw', new Uint8Array(32), 'Ed25519', true, ['sign']));
  await run('raw empty usages', () => subtle.importKey('raw', new Uint8Array(32), 'Ed25519', true, []));
  await run('pkcs8 empty usages', () => subtle.importKey('pkcs8', bytes(PKCS8 + seed), 'Ed25519', true, []));
  await run('pkcs8 garbage', () => subtle.importKey('pkcs8', new Uint8Array(48), 'Ed25519', true, ['sign']));
  await run('spki garbage', () => subtle.importKey('spki', new Uint8Array(44), 'Ed25519', true, ['verify']));
  await run('jwk kty', () => subtle.importKey('jwk', { ...jwk, kty: 'EC' }, 'Ed25519', true, ['verify']));
  await run('jwk crv', () => subtle.importKey('jwk', { ...jwk, crv: 'X25519' }, 'Ed25519', true, ['verify']));
  await run('jwk no x', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519' }, 'Ed25519', true, ['verify']));
  await run('jwk alg', () => subtle.importKey('jwk', { ...jwk, alg: 'ES256' }, 'Ed25519', true, ['verify']));
  await run('jwk d mismatch', () => subtle.importKey('jwk', { ...jwk, d: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    'Ed25519', true, ['sign']));
  await run('jwk private verify usage', () => subtle.importKey('jwk', { ...jwk, d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A' },
    'Ed25519', true, ['verify']));

  const pair = await subtle.generateKey('Ed25519', false, ['sign', 'verify']);
  console.log('generate keys', Object.keys(pair).join(','), pair.privateKey.type, pair.privateKey.extractable,
    pair.privateKey.usages.join(','), pair.publicKey.type, pair.publicKey.extractable, pair.publicKey.usages.join(','));
  const sig = await subtle.sign('Ed25519', pair.privateKey, enc.encode('hello'));
  console.log('generated sign', sig.byteLength, await subtle.verify('Ed25519', pair.publicKey, sig, enc.encode('hello')),
    (await subtle.exportKey('raw', pair.publicKey)).byteLength);
  await run('generate verify only', () => subtle.generateKey('Ed25519', true, ['verify']));
  await run('generate bad usage', () => subtle.generateKey('Ed25519', true, ['sign', 'encrypt']));
})();
