// golden: hand-written
// (node 22 output; node 20 differs)
// util.inspect corner cases: odd prototypes, keys that look like indices,
// huge and empty values, iterators of arrays, arguments, global objects,
// nested depth markers of every kind.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

const protoNull = Object.create(null);
protoNull.x = 1;
const childOfNull = Object.create(protoNull);
childOfNull.y = 2;
show(childOfNull);
show(childOfNull, { depth: 0 });
class A {}
const weird = Object.create(A.prototype, { constructor: { value: 'not a function' } });
show(weird);
const fakeClass = Object.create({ constructor: { name: 'Fake' } });
show(fakeClass);
const obj = Object.create(Object.create(Object.create(null)));
show(obj);
show({ '1': 'a', '0': 'b', b: 1, a: 2 });
show({ '-1': 1, '01': 2, '1.5': 3, 4294967295: 4, 4294967294: 5 });
show([[]]);
show([{}]);
show({ a: [], b: {}, c: new Map(), d: new Set(), e: '' });
show([[[[]]]]);
show([[[[{}]]]]);
show({ a: { b: { c: {} } } });
show({ a: { b: { c: [] } } });
show({ a: { b: { c: [1] } } });
show({ a: { b: { c: new Map([[1, 2]]) } } });
show({ a: { b: { c: new Set([1]) } } });
show({ a: { b: { c: new Error('deep') } } }, { depth: 1 });
show({ a: { b: { c: new Uint8Array(1) } } });
show({ a: { b: { c: /re/ } } });
show({ a: { b: { c: new Date(0) } } });
show({ a: { b: { c: () => {} } } });
show({ a: { b: { c: Object.assign(() => {}, { p: 1 }) } } });
show({ a: { b: { c: Promise.resolve(1) } } });
show({ a: { b: { c: new (class Foo {})() } } });
show({ a: { b: { c: Object.create(null) } } });
show({ a: { b: { c: Object.assign(Object.create(null), { k: 1 }) } } });
show({ a: { b: { c: new Proxy({ k: 1 }, {}) } } });
show({ a: { b: { c: [1, 2, 3].entries() } } });
show([1, 2, 3].values());
show('abc'[Symbol.iterator]());
show((function* () { yield 1; })());
show(Object.assign([1, 2], { '-0': 'x', '1.5': 'y' }));
const longKeys = {};
for (let i = 0; i < 5; i++) longKeys[`a_rather_long_property_name_${i}`] = `and a value that is long too ${i}`;
show(longKeys);
show([longKeys]);
show(Array.from({ length: 3 }, () => Array.from({ length: 10 }, (_, i) => i)));
show(Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? { i } : i)));
show(new Array(3).fill('x'.repeat(20)));
show([1, 2, 3, 'four', 'five', 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
show(Array.from({ length: 100 }, (_, i) => i * 1e6));
show(Array.from({ length: 27 }, (_, i) => -i));
show(Array.from({ length: 16 }, (_, i) => 2n ** BigInt(i * 4)));
show(globalThis === global ? 'global ok' : 'no');
show(Object.getOwnPropertyNames(globalThis).includes('util') ? 'util global' : 'no util global');
show(new (class extends Array {})(3));
show(Object.defineProperty([], 'length', { value: 0 }));
show({ a: 1, [Symbol.toStringTag]: 'T' });
show(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'NT' }));
show(new (class Q { constructor() { this[Symbol.toStringTag] = 'OwnTag'; } })());
show(Object.setPrototypeOf(new Map([[1, 2]]), null));
show(Object.setPrototypeOf(new Set([1]), null));
show(Object.setPrototypeOf([1, 2], null));
show(Object.setPrototypeOf(new Uint8Array(2), null));
show(Object.setPrototypeOf(new Date(0), null));
show(Object.setPrototypeOf(/x/g, null));
show(Object.setPrototypeOf(() => {}, null));
show(Object.setPrototypeOf(Promise.resolve(3), null));
show(Object.setPrototypeOf(new Number(3), null));
show(Object.setPrototypeOf(new ArrayBuffer(2), null));
