// util.inspect of numbers, bigints, booleans, nullish values, symbols and
// numericSeparator.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

for (const v of [0, -0, 1, -1, 1.5, -1.5, NaN, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53, 0.1 + 0.2]) show(v);
for (const v of [0n, -0n, 123n, -123n, 2n ** 64n]) show(v);
show(true);
show(false);
show(null);
show(undefined);
show(Symbol('desc'));
show(Symbol());
show(Symbol.for('registered'));
show(Symbol.asyncIterator);
const ns = { numericSeparator: true };
for (const v of [0, 1000, 12345, 123456, 1234567, -1234567, 1234.5678, 123456.123456, 1e21, 0.000001, -0, NaN,
  1_000_000.1, 1234567890123, 99.99, 1000.0001]) show(v, ns);
for (const v of [1000n, 1234567n, -1234567n, 12345678901234567890n]) show(v, ns);
show([1234567, 7654321n, { n: 9876543 }], ns);
show(new Float64Array([1234567.891, -1000.5]), ns);
show([-0, 0, [-0]]);
show(new Number(-0));
show(new Number(1234567), ns);
