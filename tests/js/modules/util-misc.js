// util: promisify/callbackify, inherits, deprecate, getSystemErrorName,
// toUSVString, aborted, and their argument errors.
const util = require('util');
const tryIt = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
tryIt(() => util.getSystemErrorName(-2));
tryIt(() => util.getSystemErrorName(-13));
tryIt(() => util.getSystemErrorName(2));
tryIt(() => util.getSystemErrorName('x'));
tryIt(() => JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')));

function Base() {}
Base.prototype.hi = function () { return 'hi'; };
function Child() {}
util.inherits(Child, Base);
console.log(new Child().hi(), Child.super_ === Base);
tryIt(() => util.inherits(Child, null));

const cbStyle = (a, cb) => setImmediate(() => (a < 0 ? cb(new Error('neg')) : cb(null, a * 2)));
const p = util.promisify(cbStyle);
p(2).then((v) => console.log('promisify ok', v));
p(-1).catch((e) => console.log('promisify err', e.message));
tryIt(() => util.promisify(1));

const cb = util.callbackify(async (x) => {
  if (x === 0) throw null;
  return x + 1;
});
cb(1, (err, v) => console.log('callbackify', err, v));
cb(0, (err) => console.log('callbackify falsy', err.code, err.message, err.reason));

process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const old = util.deprecate(() => 'result', 'old() is deprecated', 'DEP_TEST');
console.log(old(), old());

const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
setTimeout(() => ac.abort(), 5);
