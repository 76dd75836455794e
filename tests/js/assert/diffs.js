// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// Message diffs: long objects with skipped lines, comma disparity, notIdentical, negated messages past 50 lines, truncation of deepEqual values.
const assert = require('assert');
const { show } = require('./fixtures/show');
const big = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
show('long array one change', () => assert.deepStrictEqual(big(40), big(40, (i) => (i === 20 ? -1 : i))));
show('two changes far apart', () => assert.deepStrictEqual(big(40), big(40, (i) => (i === 3 || i === 35 ? -1 : i))));
show('change at end', () => assert.deepStrictEqual(big(30), [...big(29), 99]));
show('extra element', () => assert.deepStrictEqual(big(10), big(11)));
show('comma disparity', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 2, c: 3 }));
show('comma disparity arr', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show('nested objects', () => assert.deepStrictEqual(
  { user: { name: 'x', tags: ['a', 'b'], meta: { created: 1, updated: 2 } }, list: [1, 2, 3] },
  { user: { name: 'y', tags: ['a', 'c'], meta: { created: 1, updated: 3 } }, list: [1, 2, 3] }));
show('same structure', () => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2], [Symbol.for('k')]: 0 }));
show('identical big', () => assert.strictEqual(big(60), big(60)));
show('identical big full', () => assert.strictEqual({ a: big(3) }, { a: big(3) }));
show('notDeepStrictEqual big', () => assert.notDeepStrictEqual(big(60), big(60)));
show('notDeepStrictEqual short', () => assert.notDeepStrictEqual([1], [1]));
show('notDeepStrictEqual prim', () => assert.notDeepStrictEqual(12345, 12345));
show('notDeepStrictEqual str', () => assert.notDeepStrictEqual('abcdef', 'abcdef'));
show('notDeepStrictEqual tiny', () => assert.notDeepStrictEqual('ab', 'ab'));
show('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show('notDeepEqual same', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('notDeepEqual long', () => assert.notDeepEqual(big(300), big(300)));
show('deepEqual long', () => assert.deepEqual(big(300), big(299)));
show('deepEqual short', () => assert.deepEqual(1, 2));
show('strings multi', () => assert.deepStrictEqual('a\nb\nc', 'a\nB\nc'));
show('string vs obj', () => assert.deepStrictEqual('[object Object]', {}));
show('obj vs undefined', () => assert.deepStrictEqual({ a: 1 }, undefined));
show('two objects one line', () => assert.deepStrictEqual({}, []));
show('custom message diff', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'they differ'));
show('custom message short', () => assert.deepStrictEqual(1, 2, 'nums'));
show('custom message notDeep', () => assert.notDeepStrictEqual(1, 1, 'same nums'));
show('long strings', () => assert.strictEqual('x'.repeat(45), 'x'.repeat(44) + 'y'));
show('longer strings no caret', () => assert.strictEqual('x'.repeat(45), 'x'.repeat(45) + 'y'));
show('nested maps', () => assert.deepStrictEqual(new Map([['a', { b: [1, 2, 3] }]]), new Map([['a', { b: [1, 2, 4] }]])));
show('class names', () => assert.deepStrictEqual(new (class Foo { constructor() { this.a = 1; } })(), { a: 1 }));
show('inspect custom ignored', () => assert.deepStrictEqual({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'X', v: 1 }, { v: 2 }));
