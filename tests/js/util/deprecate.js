// golden: hand-written
// (node 22 output; node 20 differs)
// util.deprecate: warns once per function or per code, DeprecationWarning
// shape, `new` on deprecated classes, and argument checks.
const util = require('util');
const log = (...a) => console.log(...a);
process.removeAllListeners('warning');
process.on('warning', (w) => log('warning:', w.name, w.code, w.message));

const f = util.deprecate(function original(a, b) { return a + b; }, 'f() is deprecated', 'DEP0999');
log(f.name, f.length, typeof f);
log(f(1, 2));
log(f(3, 4));
const g = util.deprecate(() => 'g', 'g() is deprecated', 'DEP0999');
log(g());
const h = util.deprecate(() => 'h', 'h() has no code');
log(h(), h());
const h2 = util.deprecate(() => 'h2', 'h() has no code');
log(h2());
class Old { constructor(x) { this.x = x; } }
const DepOld = util.deprecate(Old, 'Old is deprecated', 'DEP0998');
const inst = new DepOld(5);
log(inst.x, inst instanceof Old, inst instanceof DepOld);
const methodHolder = { v: 1, m: util.deprecate(function () { return this.v; }, 'method deprecated') };
log(methodHolder.m());
// Node does not check fn: the failure comes from the engine (message differs).
for (const bad of [undefined, 'str']) {
  try {
    util.deprecate(bad, 'msg');
  } catch (err) {
    log(err.name, err.code);
  }
}
log(typeof util.deprecate({}, 'msg'));
for (const bad of [1, {}]) {
  try {
    util.deprecate(() => {}, 'msg', bad);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
log(typeof util.deprecate(() => {}, 'never called'));
setTimeout(() => log('done'), 10);
