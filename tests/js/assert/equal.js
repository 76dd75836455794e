// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.equal / notEqual: == with NaN equal to itself, messages.
const assert = require('assert');
const { show } = require('./fixtures/show');
const pairs = [[1, 1], [1, '1'], [0, ''], [0, false], [null, undefined], [NaN, NaN], [NaN, 'NaN'],
  ['a', 'b'], [1, 2], [{}, {}], [[1], '1'], [1n, 1], [true, 1], [undefined, 0], [-0, 0],
  ['a'.repeat(30), 'b'], [{ a: 1 }, '[object Object]'], [Symbol.iterator, Symbol.iterator], [null, 0]];
for (const [a, b] of pairs) {
  show(`equal ${String(a).slice(0, 10)}|${String(b).slice(0, 10)}`, () => assert.equal(a, b));
  show(`notEqual ${String(a).slice(0, 10)}|${String(b).slice(0, 10)}`, () => assert.notEqual(a, b));
}
show('equal msg', () => assert.equal(1, 2, 'one is not two'));
show('notEqual msg', () => assert.notEqual(1, 1, 'same'));
show('equal err', () => assert.equal(1, 2, new TypeError('typed')));
show('equal missing', () => assert.equal(1));
show('notEqual missing', () => assert.notEqual());
show('equal multiline', () => assert.equal({ a: [1, 2, 3] }, { b: 1 }));
show('equal long string', () => assert.equal('x'.repeat(600), 'y'));
