// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.match / doesNotMatch and assert.ifError.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
show('match', () => assert.match('abc', /b/));
show('match fail', () => assert.match('abc', /x/));
show('match multiline input', () => assert.match('line1\nline2', /x/));
show('match msg', () => assert.match('abc', /x/, 'no x'));
show('match err', () => assert.match('abc', /x/, new TypeError('own')));
show('match non-string', () => assert.match(123, /1/));
show('match obj', () => assert.match({ a: 1 }, /a/));
show('match undefined', () => assert.match(undefined, /a/));
show('match bad regexp', () => assert.match('abc', 'b'));
show('match global lastIndex', () => { const r = /a/g; r.lastIndex = 5; assert.match('a', r); });
show('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
show('doesNotMatch fail', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch msg', () => assert.doesNotMatch('abc', /b/, 'has b'));
show('doesNotMatch non-string', () => assert.doesNotMatch(1, /x/));
show('doesNotMatch bad regexp', () => assert.doesNotMatch('abc', null));
show('ifError null', () => assert.ifError(null));
show('ifError undefined', () => assert.ifError(undefined));
show('ifError error', () => assert.ifError(new Error('failure')));
show('ifError empty message', () => assert.ifError(new TypeError('')));
show('ifError string', () => assert.ifError('str'));
show('ifError number', () => assert.ifError(0));
show('ifError false', () => assert.ifError(false));
show('ifError object', () => assert.ifError({ message: 'obj msg' }));
show('ifError object no msg', () => assert.ifError({ a: 1 }));
show('ifError null proto', () => assert.ifError(Object.assign(Object.create(null), { message: '' })));
const e = (() => { try { assert.ifError(new RangeError('x')); } catch (err) { return err; } })();
console.log(e.actual instanceof RangeError, e.expected, e.operator, e.generatedMessage, e.code);
