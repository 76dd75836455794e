// createHash over known inputs for every digest sandnode implements, printed
// in every output encoding; crypto.hash one-shot; getHashes contents.
const crypto = require('crypto');

const ALGS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512'];
const INPUTS = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'a'.repeat(1000)];

for (const alg of ALGS) {
  for (const input of INPUTS) {
    console.log(alg, input.length, crypto.createHash(alg).update(input).digest('hex'));
  }
  const one = crypto.createHash(alg).update('abc');
  console.log(alg, 'base64', crypto.createHash(alg).update('abc').digest('base64'));
  console.log(alg, 'base64url', crypto.createHash(alg).update('abc').digest('base64url'));
  console.log(alg, 'buffer', one.digest());
}

const enc = (e) => crypto.createHash('sha1').update('abc').digest(e);
for (const e of ['hex', 'HEX', 'base64', 'BASE64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8',
  'ucs2', 'utf16le', 'buffer', 'bogus', '', null, undefined]) {
  const out = enc(e);
  console.log(String(e), Buffer.isBuffer(out) ? 'Buffer' : typeof out, JSON.stringify(Buffer.isBuffer(out) ? out.toString('hex') : out));
}

// Inputs: encodings of strings, every kind of view, chained updates.
const h = (data, e) => crypto.createHash('sha256').update(data, e).digest('hex');
console.log(h('616263', 'hex') === h('abc'), h('YWJj', 'base64') === h('abc'), h('YWJj', 'base64url') === h('abc'));
console.log(h('abc', 'latin1') === h('abc'), h('é', 'latin1'), h('é'), h('é', 'utf-8'), h('é', 'binary'));
console.log(h('ab', 'utf16le'), h('ab', 'ucs2'), h('ab', 'bogus') === h('ab'), h('ab', 'buffer') === h('ab'));
console.log(h('\ud800') === h(Buffer.from([0xef, 0xbf, 0xbd])));
console.log(h(new Uint16Array([0x6261])) === h('ab'), h(new DataView(new Uint8Array([97, 98]).buffer)) === h('ab'));
console.log(h(new Uint8Array([0, 97, 98, 0]).subarray(1, 3)) === h('ab'), h(Buffer.from('ab')) === h('ab'));
console.log(h(new Float64Array(2)), h(new Uint8ClampedArray([97])) === h('a'));
const chained = crypto.createHash('md5').update('a').update(Buffer.from('b')).update('63', 'hex');
console.log(chained.digest('hex') === crypto.createHash('md5').update('abc').digest('hex'));

// Big input in pieces equals the one-shot.
const big = Buffer.alloc(3 * 1024 * 1024 + 17, 0x5a);
const pieces = crypto.createHash('sha512');
for (let i = 0; i < big.length; i += 65536) pieces.update(big.subarray(i, i + 65536));
console.log(pieces.digest('hex') === crypto.createHash('sha512').update(big).digest('hex'));

// Names are case-insensitive and OpenSSL's aliases work.
for (const name of ['SHA256', 'Sha256', 'RSA-SHA256', 'sha-256', 'SHA2-256', 'sha256WithRSAEncryption',
  '2.16.840.1.101.3.4.2.1', 'RSA-SHA512/224', 'SHA-512/256', 'SHA3-256', 'RSA-SHA3-384', 'RSA-MD5',
  'ssl3-sha1', 'SHA-1', 'md5WithRSAEncryption', 'id-rsassa-pkcs1-v1_5-with-sha3-512']) {
  console.log(name, crypto.createHash(name).update('x').digest('hex').slice(0, 16));
}

// crypto.hash (Node 22 one-shot).
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', 'abc', 'base64'), crypto.hash('sha256', Buffer.from('abc'), 'buffer'));
console.log(crypto.hash('SHA512', new Uint8Array([1, 2, 3]), 'base64url'), crypto.hash('sha3-256', 'x', 'latin1').length);

// getHashes: a sorted list of names createHash accepts.
const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), hashes.includes('sha256'), hashes.includes('RSA-SHA256'), hashes.includes('sha3-512'),
  hashes.includes('sha512-256'), hashes.includes('md5'));
console.log(hashes.every((n) => crypto.createHash(n).digest().length > 0));
