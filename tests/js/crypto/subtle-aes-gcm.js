// crypto.subtle AES-GCM: fixed-key vectors (with and without
// additionalData, 96..128-bit tags), round trips, tampering rejected with
// OperationError, raw/jwk import and export, generateKey, and Node's errors.
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
  const iv = Uint8Array.from({ length: 12 }, (_, i) => i);
  const plain = enc.encode('edge handlers encrypt cookies with AES-GCM');
  for (const size of [16, 24, 32]) {
    const raw = Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) & 0xff);
    const key = await subtle.importKey('raw', raw, { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
    await run(`import ${size}`, () => key);
    const ct = await subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
    await run(`encrypt ${size}`, () => ct);
    await run(`decrypt ${size}`, async () => new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv }, key, ct)));
    await run(`jwk ${size}`, () => subtle.exportKey('jwk', key));
  }
  // NIST test case 2 (zero key, zero iv, one zero block).
  const zero = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const zeroIv = new Uint8Array(12);
  await run('nist case 2', () => subtle.encrypt({ name: 'AES-GCM', iv: zeroIv }, zero, new Uint8Array(16)));
  await run('nist case 1 (empty)', () => subtle.encrypt({ name: 'AES-GCM', iv: zeroIv }, zero, new Uint8Array(0)));

  const key = await subtle.importKey('raw', new Uint8Array(32).fill(9), 'aes-gcm', true, ['encrypt', 'decrypt']);
  const aad = enc.encode('header');
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain);
  await run('aad encrypt', () => ct);
  await run('aad decrypt', async () => hex(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, ct)));
  await run('aad missing', () => subtle.decrypt({ name: 'AES-GCM', iv }, key, ct));
  await run('aad wrong', () => subtle.decrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('Header') }, key, ct));
  const tampered = new Uint8Array(ct);
  tampered[3] ^= 1;
  await run('tampered', () => subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, tampered));
  await run('wrong iv', () => subtle.decrypt({ name: 'AES-GCM', iv: zeroIv, additionalData: aad }, key, ct));
  for (const tagLength of [96, 104, 112, 120, 128]) {
    const out = await subtle.encrypt({ name: 'AES-GCM', iv, tagLength }, key, plain);
    const back = await subtle.decrypt({ name: 'AES-GCM', iv, tagLength }, key, out);
    console.log('tag', tagLength, out.byteLength, hex(out).slice(-32), back.byteLength);
  }
  const iv16 = Uint8Array.from({ length: 16 }, (_, i) => 255 - i);
  const ct16 = await subtle.encrypt({ name: 'AES-GCM', iv: iv16, additionalData: aad }, key, plain);
  await run('128-bit iv', () => ct16);
  await run('128-bit iv decrypt', async () => new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv: iv16,
    additionalData: aad }, key, ct16)));
  await run('tag 100', () => subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 100 }, key, plain));
  await run('too small', () => subtle.decrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(15)));
  await run('64-bit iv', () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(8) }, key, plain));
  await run('empty iv', () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(0) }, key, plain));
  await run('no iv', () => subtle.encrypt({ name: 'AES-GCM' }, key, plain));
  await run('iv string', () => subtle.encrypt({ name: 'AES-GCM', iv: 'abc' }, key, plain));
  await run('aad string', () => subtle.encrypt({ name: 'AES-GCM', iv, additionalData: 'x' }, key, plain));
  await run('data string', () => subtle.encrypt({ name: 'AES-GCM', iv }, key, 'x'));
  await run('key null', () => subtle.encrypt({ name: 'AES-GCM', iv }, null, plain));

  const encOnly = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt']);
  await run('decrypt without usage', () => subtle.decrypt({ name: 'AES-GCM', iv }, encOnly, ct));
  const hmac = await subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  await run('encrypt with hmac key', () => subtle.encrypt({ name: 'AES-GCM', iv }, hmac, plain));
  await run('encrypt HMAC name', () => subtle.encrypt('HMAC', hmac, plain));
  await run('raw 15 bytes', () => subtle.importKey('raw', new Uint8Array(15), 'AES-GCM', true, ['encrypt']));
  await run('bad usage', () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['sign']));
  await run('empty usages', () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, []));
  await run('export spki', () => subtle.exportKey('spki', encOnly));
  await run('jwk import', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A128GCM' },
    'AES-GCM', true, ['encrypt']));
  await run('jwk alg mismatch', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A256GCM' },
    'AES-GCM', true, ['encrypt']));
  await run('jwk bad length', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA' }, 'AES-GCM', true, ['encrypt']));

  for (const length of [128, 192, 256]) {
    const k = await subtle.generateKey({ name: 'AES-GCM', length }, true, ['encrypt', 'decrypt']);
    const out = await subtle.encrypt({ name: 'AES-GCM', iv }, k, plain);
    const back = await subtle.decrypt({ name: 'AES-GCM', iv }, k, out);
    console.log('generate', JSON.stringify(k.algorithm), k.usages.join(','), (await subtle.exportKey('raw', k)).byteLength,
      out.byteLength, new TextDecoder().decode(back) === 'edge handlers encrypt cookies with AES-GCM');
  }
  await run('generate 100', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));
  await run('generate no length', () => subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']));
  await run('generate no usages', () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, []));
})();
