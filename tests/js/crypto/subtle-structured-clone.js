(async () => {
  const key = await crypto.subtle.importKey('raw', new Uint8Array(32).fill(7), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  const copy = structuredClone(key);
  console.log(copy instanceof CryptoKey, copy === key, copy.type, copy.extractable, copy.algorithm, copy.usages);
  const data = new TextEncoder().encode('abc');
  const a = Buffer.from(await crypto.subtle.sign('HMAC', key, data)).toString('hex');
  const b = Buffer.from(await crypto.subtle.sign('HMAC', copy, data)).toString('hex');
  console.log(a === b, a.length);
  console.log(Buffer.from(await crypto.subtle.exportKey('raw', copy)).toString('hex'));
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const pc = structuredClone(pair);
  const sig = await crypto.subtle.sign('Ed25519', pc.privateKey, data);
  console.log(await crypto.subtle.verify('Ed25519', pair.publicKey, sig, data), pc.privateKey.extractable, pc.publicKey.type);
})();
