// util.callbackify: promises to callbacks, falsy rejection reasons, `this`,
// argument validation.
const util = require('util');
const log = (...a) => console.log(...a);

const cbOk = util.callbackify(async (a, b) => a + b);
cbOk(1, 2, (err, v) => log('ok', err, v));
const cbFail = util.callbackify(async () => { throw new TypeError('async fail'); });
cbFail((err, v) => log('fail', err.name, err.message, v));
for (const reason of [null, undefined, 0, '', false, NaN]) {
  const cb = util.callbackify(() => Promise.reject(reason));
  cb((err) => {
    log('falsy', typeof reason, err.name, err.code, err.message, err.reason, Object.keys(err).join());
  });
}
const cbValue = util.callbackify(() => Promise.resolve(undefined));
cbValue((...args) => log('args', args.length, args));
const cbThenable = util.callbackify(() => ({ then(res) { res('thenable'); } }));
try {
  cbThenable((err, v) => log('thenable', err, v));
} catch (err) {
  log('thenable threw', err.name, err.message);
}
const cbThis = util.callbackify(async function () { return this.name; });
cbThis.call({ name: 'receiver' }, (err, v) => log('this', v));
async function namedAsync(a, b) { return a; }
const cbNamed = util.callbackify(namedAsync);
log(cbNamed.name, cbNamed.length, typeof cbNamed);
namedAsync.extra = 1;
log(util.callbackify(namedAsync).extra);
for (const bad of [undefined, null, 'str', {}]) {
  try {
    util.callbackify(bad);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
try {
  cbOk(1, 2, 'not a function');
} catch (err) {
  log(err.name, err.code, err.message);
}
try {
  cbOk();
} catch (err) {
  log(err.name, err.code, err.message);
}
const cbSync = util.callbackify(() => 'plain value');
try {
  cbSync((err, v) => log('sync value', err, v));
} catch (err) {
  log('not a promise:', err.name);
}
const renamed = async function () {};
Object.defineProperty(renamed, 'name', { value: 42 });
log(util.callbackify(renamed).name, util.callbackify(async (a) => a).name);
process.on('uncaughtException', (err) => log('uncaught', err.message));
util.callbackify(async () => 1)(() => { throw new Error('from callback'); });
