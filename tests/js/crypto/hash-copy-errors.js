// Hash.copy() forks the running state; errors: digest twice, update after
// digest, copy after digest, unknown algorithms, bad argument types.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? `Buffer(${r.length})` : r);
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

const base = crypto.createHash('sha256').update('hello ');
const a = base.copy();
const b = base.copy();
a.update('world');
b.update('there');
console.log(a.digest('hex'));
console.log(b.digest('hex'));
console.log(base.digest('hex'));
console.log(crypto.createHash('sha256').update('hello world').digest('hex'));
const c1 = crypto.createHash('sha3-512').update('x');
const c2 = c1.copy().copy();
console.log(c1.digest('base64') === c2.digest('base64'));
console.log(Object.getPrototypeOf(c1).constructor.name, c1 instanceof crypto.Hash, typeof c1.copy);

attempt('digest twice', () => { const h = crypto.createHash('sha1'); h.digest(); return h.digest(); });
attempt('update after', () => { const h = crypto.createHash('sha1'); h.digest(); return h.update('x'); });
attempt('bad update after', () => { const h = crypto.createHash('sha1'); h.digest(); return h.update(1); });
attempt('copy after', () => { const h = crypto.createHash('sha1'); h.digest('hex'); return h.copy(); });
attempt('unknown', () => crypto.createHash('sha257'));
attempt('empty name', () => crypto.createHash(''));
attempt('underscore', () => crypto.createHash('sha512_256'));
attempt('no name', () => crypto.createHash());
attempt('number name', () => crypto.createHash(256));
attempt('update number', () => crypto.createHash('sha1').update(1));
attempt('update missing', () => crypto.createHash('sha1').update());
attempt('update null', () => crypto.createHash('sha1').update(null));
attempt('update object', () => crypto.createHash('sha1').update({}));
attempt('update ArrayBuffer', () => crypto.createHash('sha1').update(new ArrayBuffer(2)));
attempt('update array', () => crypto.createHash('sha1').update([1, 2]));
attempt('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
attempt('bad hex', () => crypto.createHash('sha1').update('zz', 'hex').digest('hex'));
attempt('outputLength same', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
attempt('outputLength other', () => crypto.createHash('sha256', { outputLength: 10 }));
attempt('outputLength type', () => crypto.createHash('sha256', { outputLength: '10' }));
attempt('outputLength neg', () => crypto.createHash('sha256', { outputLength: -1 }));
attempt('copy outputLength', () => crypto.createHash('md5').copy({ outputLength: 8 }));
attempt('options number', () => crypto.createHash('sha256', 5).digest('hex'));

attempt('hash no alg', () => crypto.hash(1, 'abc'));
attempt('hash bad input', () => crypto.hash('sha1', 1));
attempt('hash ArrayBuffer', () => crypto.hash('sha1', new ArrayBuffer(1)));
attempt('hash bad enc', () => crypto.hash('sha1', 'a', 'foo'));
attempt('hash enc type', () => crypto.hash('sha1', 'a', 5));
attempt('hash unknown', () => crypto.hash('foo', 'a'));
attempt('hash default hex', () => crypto.hash('md5', ''));
