// createHmac: RFC 4231 / RFC 2202 vectors, keys of every kind, long keys,
// output encodings, digest semantics and errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? `Buffer(${r.length}) ${r.toString('hex')}` : r);
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

const ALGS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512'];
// RFC 4231 case 1 and 2, plus a key longer than any block size (case 6).
const key1 = Buffer.alloc(20, 0x0b);
const key6 = Buffer.alloc(131, 0xaa);
for (const alg of ALGS) {
  console.log(alg, crypto.createHmac(alg, key1).update('Hi There').digest('hex'));
  console.log(alg, crypto.createHmac(alg, 'Jefe').update('what do ya want for nothing?').digest('base64'));
  console.log(alg, crypto.createHmac(alg, key6).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('base64url'));
  console.log(alg, crypto.createHmac(alg, '').digest('hex'));
}

// Key forms all give the same MAC.
const ref = crypto.createHmac('sha256', 'key').update('msg').digest('hex');
console.log(ref);
console.log(crypto.createHmac('sha256', Buffer.from('key')).update('msg').digest('hex') === ref);
console.log(crypto.createHmac('sha256', new Uint8Array([107, 101, 121])).update('msg').digest('hex') === ref);
console.log(crypto.createHmac('sha256', new Uint8Array([107, 101, 121]).buffer).update('msg').digest('hex') === ref);
console.log(crypto.createHmac('sha256', new DataView(Buffer.from('xkeyx').buffer, Buffer.from('xkeyx').byteOffset + 1, 3)).update('msg').digest('hex'));
console.log(crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('msg').digest('hex') === ref);
console.log(crypto.createHmac('RSA-SHA256', 'key').update('m').update(Buffer.from('sg')).digest('hex') === ref);
console.log(crypto.createHmac('SHA256', 'key').update('6d7367', 'hex').digest('latin1').length);

// digest() twice gives an empty result; update() after digest throws.
const m = crypto.createHmac('sha1', 'k');
console.log(m.digest('hex'));
console.log(m.digest(), JSON.stringify(m.digest('hex')), JSON.stringify(m.digest('base64')));
attempt('update after', () => m.update('x'));
const o = crypto.createHmac('md5', 'k');
console.log(Object.getPrototypeOf(o).constructor.name, o instanceof crypto.Hmac, typeof o.copy);

attempt('no key', () => crypto.createHmac('sha256'));
attempt('number key', () => crypto.createHmac('sha256', 1));
attempt('null key', () => crypto.createHmac('sha256', null));
attempt('object key', () => crypto.createHmac('sha256', {}));
attempt('bad digest', () => crypto.createHmac('foo', 'k'));
attempt('bad digest no key', () => crypto.createHmac('foo'));
attempt('digest type', () => crypto.createHmac(5, 'k'));
attempt('update type', () => crypto.createHmac('sha1', 'k').update(5));
attempt('odd hex', () => crypto.createHmac('sha1', 'k').update('a', 'hex'));
attempt('unknown enc', () => crypto.createHmac('sha1', 'k').update('a').digest('bogus'));
