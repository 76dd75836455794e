// golden: hand-written
// (node 22 output; node 20 differs)
// util.getSystemErrorName / getSystemErrorMessage / getSystemErrorMap, and
// the _errnoException / _exceptionWithHostPort helpers.
const util = require('util');
Error.stackTraceLimit = 0;
const tryIt = (f) => {
  try {
    return f();
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
};

for (const n of [-1, -2, -13, -98, -104, -110, -111, -3008, -4095, -4080, -9999]) {
  console.log(n, util.getSystemErrorName(n), '|', util.getSystemErrorMessage(n));
}
for (const bad of [0, 1, -1.5, NaN, -Infinity, 'x', undefined, 2 ** 60, -(2 ** 60), -1n]) {
  console.log(tryIt(() => util.getSystemErrorName(bad)));
  console.log(tryIt(() => util.getSystemErrorMessage(bad)));
}
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size, map.get(-2), map.get(-3000));
console.log(JSON.stringify([...map].slice(0, 8)));
console.log(JSON.stringify([...map].slice(-5)));
map.clear();
console.log(util.getSystemErrorMap().size);
const e1 = util._errnoException(-2, 'open');
console.log(e1, e1 instanceof Error, Object.keys(e1));
console.log(util._errnoException(-13, 'read', 'extra info').message);
console.log(util._errnoException(-9999, 'x').code);
console.log(util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080));
console.log(util._exceptionWithHostPort(-98, 'listen', '::', 0, 'extra'));
console.log(util._exceptionWithHostPort(-113, 'connect', '10.0.0.1', 443, '10.0.0.2:5555').message);
