// util.isDeepStrictEqual: prototypes, Map, Set, typed arrays, symbols, cycles.
const { isDeepStrictEqual: eq } = require('util');
const a = { x: 1 }; a.self = a;
const b = { x: 1 }; b.self = b;
const s = Symbol('s');
const cases = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, , 3], [1, undefined, 3]],
  [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [{ a: 1 }, { a: 1, b: undefined }],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Map([[1, 2]]), new Map([[1, 3]])],
  [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])], [new Set([1]), new Set(['1'])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Int8Array([1, 2])],
  [new Date(5), new Date(5)], [new Date(5), new Date(6)], [/a/g, /a/g], [/a/g, /a/i],
  [{ [s]: 1 }, { [s]: 1 }], [{ [s]: 1 }, { [s]: 2 }], [a, b],
  [Object.create(null), {}], [new (class A {})(), new (class A {})()], [new Number(1), new Number(1)],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [[1], { 0: 1, length: 1 }],
];
cases.forEach(([x, y], i) => console.log(i, eq(x, y)));
