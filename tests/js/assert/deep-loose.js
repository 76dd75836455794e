// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.deepEqual (loose): == between primitives, prototypes ignored, and where it still differs from ==
const assert = require('assert');
const { show } = require('./fixtures/show');
const l = (lb, a, b) => show(lb, () => assert.deepEqual(a, b));
const n = (lb, a, b) => show(`not ${lb}`, () => assert.notDeepEqual(a, b));
const pairs = [
  ['num str', 1, '1'], ['str num', '1', 1], ['bool num', true, 1], ['false 0', false, 0], ['null undef', null, undefined],
  ['null 0', null, 0], ['NaN NaN', NaN, NaN], ['0 -0', 0, -0], ['" " 0', ' ', 0], ['bigint str', 10n, '10'],
  ['obj str', { a: 1 }, '[object Object]'], ['arr str', [1], '1'], ['sym', Symbol.iterator, Symbol.iterator],
  ['nested coerce', { a: [1, { b: '2' }] }, { a: ['1', { b: 2 }] }], ['array holes', [1, , 3], [1, undefined, 3]],
  ['undefined vs null in obj', { a: undefined }, { a: null }], ['undefined vs missing', { a: undefined }, {}],
  ['object vs array', {}, []], ['array vs arguments', [1], (function () { return arguments; })(1)],
  ['date vs date', new Date(5), new Date(5)], ['date vs number', new Date(0), 0],
  ['regexp', /a/gi, /a/ig], ['boxed vs prim', new Number(3), 3], ['boxed vs boxed str', new String('3'), new Number(3)],
  ['error vs error', new Error('x'), new TypeError('x')], ['err message', new Error('x'), new Error('y')],
  ['class vs obj', new (class A { constructor() { this.q = 1; } })(), { q: '1' }],
  ['null proto', Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  ['sets mixed', new Set([1, '2', { a: 3 }]), new Set(['1', 2, { a: '3' }])],
  ['sets undefined null', new Set([undefined, 1]), new Set([null, 1])],
  ['maps mixed keys', new Map([[1, 'one'], ['2', 2]]), new Map([['1', 'one'], [2, '2']])],
  ['map obj key coerced value', new Map([[{ k: 1 }, 1]]), new Map([[{ k: '1' }, '1']])],
  ['float arrays', new Float64Array([0, 1]), new Float64Array([-0, 1])],
  ['int vs float arr', new Int8Array([1]), new Float32Array([1])],
  ['symbol keys ignored', { [Symbol('a')]: 1, b: 1 }, { b: 1 }],
  ['non-enum', Object.defineProperty({}, 'x', { value: 1 }), {}],
  ['funcs', () => {}, () => {}],
  ['weak', new WeakSet(), new WeakSet()],
];
for (const [label, a, b] of pairs) {
  l(label, a, b);
  n(label, a, b);
}
console.log(require('util').isDeepStrictEqual(1, '1'));
