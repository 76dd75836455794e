// golden: hand-written
// (node 22 output; node 20 differs)
// The deprecated util.is* type checks still present in Node 22, util.isArray
// and util._extend (with their deprecation warnings).
const util = require('util');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.code, w.message));

const values = [undefined, null, true, 0, 1n, 'str', Symbol('s'), {}, [], () => {}, /re/, new Date(0),
  new Error('e'), Buffer.from('b'), new Uint8Array(1), Object.create(null)];
const checks = ['isArray', 'isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction', 'isNull',
  'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined'];
for (const name of checks) {
  if (typeof util[name] !== 'function') {
    console.log(name, 'missing');
    continue;
  }
  console.log(name.padEnd(18), values.map((v) => (util[name](v) ? 'T' : '.')).join(''));
}
console.log(util.isArray === Array.isArray);
const fakeError = Object.create(Error.prototype);
console.log(util.isError(fakeError), util.isDate(Object.create(Date.prototype)));
console.log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'xy'));
setTimeout(() => {}, 10);
