// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// node:assert: every function's pass and fail, with Node's messages and
// AssertionError fields.
const assert = require('assert');
const t = (f) => {
  try {
    f();
    console.log('ok');
  } catch (e) {
    console.log(JSON.stringify({ name: e.name, code: e.code, op: e.operator, gen: e.generatedMessage }));
    console.log(e.message);
    console.log('---');
  }
};
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual('a', 'b', 'custom'));
t(() => assert.equal(1, 2));
t(() => assert.equal(1, '1'));
t(() => assert.notStrictEqual(1, 1));
t(() => assert.ok(0));
t(() => assert(false));
t(() => assert.ok(null, undefined));
t(() => { const x = 0; assert.ok(x > 1); });
t(() => assert.ok(false, 'with a message'));
t(() => assert.fail());
t(() => assert.fail('boom'));
t(() => assert.throws(() => {}));
t(() => assert.throws(() => {}, 'wanted'));
t(() => assert.doesNotThrow(() => { throw new Error('x'); }));
t(() => assert.match('abc', /x/));
t(() => assert.doesNotMatch('abc', /b/));
t(() => assert.ifError(new Error('e')));
t(() => assert.ifError(null));
t(() => assert.notEqual(1, 1));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t(() => assert.deepEqual({ a: 1 }, { a: 2 }));
t(() => assert.deepEqual({ a: 1 }, { a: '1' }));
t(() => assert.strictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual('hello world', 'hello there'));
t(() => assert.deepStrictEqual(1, 2));
t(() => assert.throws(() => { throw new TypeError('bad'); }, TypeError));
t(() => assert.throws(() => { throw new TypeError('bad'); }, /bad/));
t(() => assert.throws(() => { throw new TypeError('bad'); }, { name: 'TypeError', message: 'bad' }));
t(() => assert.throws(() => { throw new TypeError('bad'); }, RangeError));
t(() => assert.strict.equal(1, '1'));
t(() => assert.strictEqual(1));
console.log(require('assert/strict') === assert.strict, typeof assert.AssertionError);
assert.rejects(Promise.reject(new Error('r')), /r/).then(() => console.log('rejects ok'));
assert.rejects(Promise.resolve(1)).catch((e) => console.log('rejects failed:', e.message));
assert.doesNotReject(() => Promise.resolve()).then(() => console.log('doesNotReject ok'));
