// pbkdf2Sync, scryptSync and hkdfSync: RFC 6070 / RFC 7914 / RFC 5869
// vectors, option aliases and Node's validation errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const r = fn();
    if (r instanceof ArrayBuffer) console.log(label, 'ok ArrayBuffer', Buffer.from(r).toString('hex'));
    else console.log(label, 'ok', Buffer.isBuffer(r) ? `Buffer(${r.length}) ${r.toString('hex')}` : r);
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

// PBKDF2 (RFC 6070 for SHA-1) and the other digests.
attempt('pbkdf2 1', () => crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1'));
attempt('pbkdf2 2', () => crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1'));
attempt('pbkdf2 4096', () => crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1'));
attempt('pbkdf2 long', () => crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1'));
attempt('pbkdf2 nul', () => crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1'));
for (const d of ['md5', 'sha224', 'sha256', 'SHA384', 'sha512', 'sha512-256', 'sha3-256', 'RSA-SHA1']) {
  attempt(`pbkdf2 ${d}`, () => crypto.pbkdf2Sync('pw', Buffer.from('salt'), 3, 40, d));
}
attempt('pbkdf2 views', () => crypto.pbkdf2Sync(new Uint16Array([0x7770]), new Uint8Array([115, 97]).buffer, 1, 8, 'sha256'));
attempt('pbkdf2 it 0', () => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1'));
attempt('pbkdf2 it 1.5', () => crypto.pbkdf2Sync('p', 's', 1.5, 10, 'sha1'));
attempt('pbkdf2 it str', () => crypto.pbkdf2Sync('p', 's', '1', 10, 'sha1'));
attempt('pbkdf2 it big', () => crypto.pbkdf2Sync('p', 's', 2 ** 31, 10, 'sha1'));
attempt('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
attempt('pbkdf2 digest', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'foo'));
attempt('pbkdf2 no digest', () => crypto.pbkdf2Sync('p', 's', 1, 10));
attempt('pbkdf2 password', () => crypto.pbkdf2Sync(1, 's', 1, 10, 'sha1'));
attempt('pbkdf2 salt', () => crypto.pbkdf2Sync('p', {}, 1, 10, 'sha1'));

// scrypt (RFC 7914 vectors with small N) and options.
attempt('scrypt rfc1', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }));
attempt('scrypt rfc2', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }));
attempt('scrypt default', () => crypto.scryptSync('p', 's', 16));
attempt('scrypt aliases', () => crypto.scryptSync('p', 's', 10, { cost: 16, blockSize: 1, parallelization: 1 }));
attempt('scrypt zeros', () => crypto.scryptSync('p', 's', 10, { N: 0, r: 0, p: 0, maxmem: 0 }));
attempt('scrypt keylen 0', () => crypto.scryptSync('p', 's', 0));
attempt('scrypt options num', () => crypto.scryptSync('p', 's', 10, 5));
attempt('scrypt N 3', () => crypto.scryptSync('p', 's', 16, { N: 3 }));
attempt('scrypt N 1', () => crypto.scryptSync('p', 's', 16, { N: 1 }));
attempt('scrypt N+cost', () => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
attempt('scrypt r+blockSize', () => crypto.scryptSync('p', 's', 16, { r: 1, blockSize: 1 }));
attempt('scrypt p+par', () => crypto.scryptSync('p', 's', 16, { p: 1, parallelization: 1 }));
attempt('scrypt mem', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }));
attempt('scrypt maxmem', () => crypto.scryptSync('p', 's', 16, { N: 16, maxmem: 10 }));
attempt('scrypt huge p', () => crypto.scryptSync('p', 's', 16, { N: 2, r: 2 ** 30, p: 4 }));
attempt('scrypt N vs r', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 17, r: 1, maxmem: 2 ** 30 }));
attempt('scrypt N str', () => crypto.scryptSync('p', 's', 16, { N: 'a' }));
attempt('scrypt N neg', () => crypto.scryptSync('p', 's', 16, { N: -1 }));
attempt('scrypt maxmem neg', () => crypto.scryptSync('p', 's', 16, { maxmem: -1 }));
attempt('scrypt maxmem frac', () => crypto.scryptSync('p', 's', 16, { maxmem: 1.5 }));
attempt('scrypt keylen', () => crypto.scryptSync('p', 's', -1));
attempt('scrypt keylen frac', () => crypto.scryptSync('p', 's', 1.5));
attempt('scrypt password', () => crypto.scryptSync(null, 's', 16));

// HKDF (RFC 5869 case 1 and 3) returns an ArrayBuffer.
const ikm = Buffer.alloc(22, 0x0b);
attempt('hkdf rfc1', () => crypto.hkdfSync('sha256', ikm, Buffer.from('000102030405060708090a0b0c', 'hex'),
  Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42));
attempt('hkdf rfc3', () => crypto.hkdfSync('sha256', ikm, '', '', 42));
attempt('hkdf sha1', () => crypto.hkdfSync('SHA1', 'key', 'salt', 'info', 30));
attempt('hkdf sha3', () => crypto.hkdfSync('sha3-256', 'key', new Uint8Array(3), new DataView(new ArrayBuffer(2)), 20));
attempt('hkdf empty ikm', () => crypto.hkdfSync('sha256', '', 's', 'i', 5));
attempt('hkdf max', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);
attempt('hkdf too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
attempt('hkdf length frac', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 1.5));
attempt('hkdf length str', () => crypto.hkdfSync('sha256', 'k', 's', 'i', '1'));
attempt('hkdf digest', () => crypto.hkdfSync('foo', 'k', 's', 'i', 10));
attempt('hkdf digest type', () => crypto.hkdfSync(5, 'k', 's', 'i', 10));
attempt('hkdf ikm', () => crypto.hkdfSync('sha256', 1, 's', 'i', 10));
attempt('hkdf salt', () => crypto.hkdfSync('sha256', 'k', 5, 'i', 10));
attempt('hkdf info', () => crypto.hkdfSync('sha256', 'k', 's', 5, 10));
attempt('hkdf info long', () => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 10));
