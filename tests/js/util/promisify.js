// util.promisify: callbacks to promises, util.promisify.custom, `this`,
// multiple callback values, errors, and argument validation.
const util = require('util');

const log = (...a) => console.log(...a);
function ok(a, b, cb) { cb(null, a + b); }
function fail(cb) { cb(Object.assign(new Error('failed'), { code: 'EFAIL' })); }
function multi(cb) { cb(null, 1, 2, 3); }
function falsyErr(cb) { cb(0, 'zero error is no error'); }
function sync(cb) { cb(null, 'sync'); }
function throwsSync() { throw new Error('thrown synchronously'); }
const obj = { v: 7, get(cb) { cb(null, this.v); } };

(async () => {
  const pOk = util.promisify(ok);
  log(await pOk(2, 3));
  log(pOk.name, pOk.length, typeof pOk, Object.getPrototypeOf(pOk) === Function.prototype);
  try {
    await util.promisify(fail)();
  } catch (err) {
    log('rejected', err.message, err.code);
  }
  log(await util.promisify(multi)());
  log(await util.promisify(falsyErr)());
  log(await util.promisify(sync)());
  try {
    await util.promisify(throwsSync)();
  } catch (err) {
    log('sync throw', err.message);
  }
  obj.pget = util.promisify(obj.get);
  log(await obj.pget());
  const custom = function customFn() {};
  const replacement = () => Promise.resolve('custom!');
  custom[util.promisify.custom] = replacement;
  log(util.promisify(custom) === replacement, await util.promisify(custom)());
  log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  const p1 = util.promisify(ok);
  log(util.promisify(p1) === p1, p1[util.promisify.custom] === p1);
  function withProps(cb) { cb(null, 1); }
  withProps.extra = 'kept';
  log(util.promisify(withProps).extra);
  for (const bad of [undefined, null, 1, 'str', {}]) {
    try {
      util.promisify(bad);
    } catch (err) {
      log(err.name, err.code, err.message);
    }
  }
  const badCustom = function () {};
  badCustom[util.promisify.custom] = 'not a function';
  try {
    util.promisify(badCustom);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
  log(await util.promisify(setTimeout)(5, 'timer value'));
  log(await util.promisify(setImmediate)('immediate value'));
  const asyncFn = async (x) => x;
  log(typeof util.promisify(asyncFn));
  const pArgs = util.promisify((...args) => { const cb = args.pop(); cb(null, args); });
  log(await pArgs(1));
  log(await pArgs(1, 2, 3));
})();
