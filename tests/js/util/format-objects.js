// util.format with objects, primitives and %s conversions of many value kinds.
const util = require('util');
Error.stackTraceLimit = 0;
const show = (...args) => console.log(util.format(...args));

show('%s', 1.5e300);
show('%s', -0, 0, NaN, Infinity);
show('%s', [1, 'two', [3]]);
show('%s', [-0]);
show('%s', new Map([[1, 2]]));
show('%s', new Set([1]));
show('%s', new Error('err message'));
show('%s', { a: { b: { c: 1 } } });
show('%s', Object.assign(Object.create({ toString() { return 'inherited'; } }), { x: 1 }));
const withSym = { [Symbol.toPrimitive](hint) { return `hint:${hint}`; } };
show('%s', withSym);
show('%d', withSym);
show('%s', new (class Foo { constructor() { this.x = 1; } })());
show('%s', new (class Bar { toString() { return 'Bar!'; } })());
show('%s', 5n, -5n);
show('%d', -5n);
show('%s', new Number(3), new String('s'), new Boolean(false));
show('%s', Symbol.iterator);
show('%s', () => 1);
show('%j', [1, 'a', null, undefined, () => 1]);
show('%j', 1n === 1n ? { big: 'no bigint here' } : null);
try {
  util.format('%j', { b: 1n });
} catch (err) {
  console.log(err.name, err.message.includes('BigInt'));
}
show('%o', 'str');
show('%O', 'str');
show('%o', () => {});
show('%O', function foo() {});
show('%s', 'a\nb');
show('%o', 'a\nb');
show('x', 'a\nb', { s: 'a\nb' });
show('%s', [new Date(0)]);
show('%s', new Date(NaN).getTime());
show('%d %s', '12', -0);
show('%s', { toString: 1 });
show('%s', [Symbol('in array')]);
