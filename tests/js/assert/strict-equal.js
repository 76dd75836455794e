// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.strictEqual / notStrictEqual messages: short and long values, strings
// with carets, objects and functions, multi-line strings.
const assert = require('assert');
const { show } = require('./fixtures/show');
show('nums', () => assert.strictEqual(1, 2));
show('num str', () => assert.strictEqual(1, '1'));
show('zero', () => assert.strictEqual(0, -0));
show('zero rev', () => assert.strictEqual(-0, 0));
show('NaN', () => assert.strictEqual(NaN, NaN));
show('short strs', () => assert.strictEqual('abc', 'abd'));
show('long strs', () => assert.strictEqual('hello world, how are you', 'hello world, who are you'));
show('long strs early', () => assert.strictEqual('ab' + 'c'.repeat(20), 'xy' + 'c'.repeat(20)));
show('very long strs', () => assert.strictEqual('a'.repeat(50) + 'b', 'a'.repeat(50) + 'c'));
show('multiline strs', () => assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'));
show('objects same', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('objects diff', () => assert.strictEqual({ a: 1 }, { a: 2 }));
show('arrays', () => assert.strictEqual([1, 2, 3], [1, 2, 3]));
show('fns', () => assert.strictEqual(function f() {}, function f() {}));
show('fn vs obj', () => assert.strictEqual(() => {}, {}));
show('obj vs num', () => assert.strictEqual({ a: 1 }, 1));
show('null undef', () => assert.strictEqual(null, undefined));
show('bigint', () => assert.strictEqual(1n, 1));
show('symbols', () => assert.strictEqual(Symbol('a'), Symbol('a')));
show('custom msg', () => assert.strictEqual(1, 2, 'my message'));
show('custom msg obj', () => assert.strictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
show('custom err', () => assert.strictEqual(1, 2, new Error('mine')));
show('missing', () => assert.strictEqual(1));
show('pass', () => assert.strictEqual('x', 'x'));
show('not nums', () => assert.notStrictEqual(1, 1));
show('not strs', () => assert.notStrictEqual('a', 'a'));
show('not long str', () => assert.notStrictEqual('abcdefgh', 'abcdefgh'));
const o = { a: 1, b: [1, 2] };
show('not obj', () => assert.notStrictEqual(o, o));
const f = function named() {};
show('not fn', () => assert.notStrictEqual(f, f));
show('not NaN', () => assert.notStrictEqual(NaN, NaN));
show('not zero', () => assert.notStrictEqual(0, -0));
show('not msg', () => assert.notStrictEqual(1, 1, 'should differ'));
show('not missing', () => assert.notStrictEqual());
show('undefined', () => assert.strictEqual(undefined, 'undefined'));
show('strict.equal', () => assert.strict.equal(1, '1'));
show('strict.notEqual', () => assert.strict.notEqual(1, 1));
