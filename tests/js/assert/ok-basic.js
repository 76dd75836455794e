// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert(), assert.ok and assert.strict with values, messages and Errors.
const assert = require('assert');
const { show } = require('./fixtures/show');
for (const v of [1, 'a', {}, [], () => {}, Symbol('s'), 1n, -1, Infinity]) show(`truthy ${typeof v}`, () => assert.ok(v));
show('zero msg', () => assert.ok(0, 'zero is falsy'));
show('empty msg', () => assert.ok(false, ''));
show('number msg', () => assert.ok(false, 42));
show('obj msg', () => assert.ok(null, { toString() { return 'custom obj'; } }));
show('err msg', () => assert.ok(false, new RangeError('range!')));
show('no args', () => assert.ok());
show('no args fn', () => assert());
show('no args strict', () => assert.strict());
show('undefined explicit', () => assert.ok(undefined, undefined));
show('bigint zero', () => assert(0n, 'big zero'));
show('strict ok', () => assert.strict.ok('', 'strict empty'));
show('strict fn', () => assert.strict(false, 'strict fn'));
const e = (() => { try { assert.ok(false, 'fields'); } catch (err) { return err; } })();
console.log(e instanceof assert.AssertionError, e instanceof Error, e.actual, e.expected, e.operator, e.code);
console.log(Object.keys(e).sort().join(','));
console.log(String(e));
console.log(assert.ok === assert, assert.strict.ok === assert.strict, assert.strict.strict === assert.strict);
console.log(require('assert/strict') === assert.strict, require('node:assert') === assert);
console.log(typeof assert.strict.Assert, assert.strict.equal === assert.strictEqual, assert.strict.deepEqual === assert.deepStrictEqual);
console.log(assert.strict.notEqual === assert.notStrictEqual, assert.strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(Object.keys(assert).join(','));
console.log(Object.keys(assert.strict).join(','));
console.log(assert.name, assert.strict.name, assert.equal.name, assert.strict.equal.name, assert.throws.name);
