// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// The Assert class (Node 22.19+): strict and loose instances, diff option, destructured methods, and its errors.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
const { Assert } = assert;
const strict = new Assert();
const loose = new Assert({ strict: false });
const full = new Assert({ diff: 'full' });
show('strict equal', () => strict.equal(1, '1'));
show('loose equal', () => loose.equal(1, '1'));
show('strict deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
show('loose deepEqual', () => loose.deepEqual({ a: 1 }, { a: '1' }));
show('strict notEqual', () => strict.notEqual(1, 1));
show('strict notDeepEqual', () => strict.notDeepEqual([1], [1]));
show('full notDeepStrictEqual', () => full.notDeepStrictEqual(Array.from({ length: 55 }, (_, i) => i), Array.from({ length: 55 }, (_, i) => i)));
show('simple notDeepStrictEqual', () => strict.notDeepStrictEqual(Array.from({ length: 55 }, (_, i) => i), Array.from({ length: 55 }, (_, i) => i)));
show('full strictEqual', () => full.strictEqual(Array.from({ length: 55 }, (_, i) => i), Array.from({ length: 55 }, (_, i) => i)));
show('ok', () => strict.ok(0));
show('fail', () => full.fail('f'));
show('throws', () => strict.throws(() => {}, Error));
show('match', () => strict.match('a', /b/));
show('ifError', () => strict.ifError(new Error('e')));
const { strictEqual } = full;
show('destructured', () => strictEqual(1, 2));
try { Assert(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Assert({ diff: 'weird' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { const e = (() => { try { full.strictEqual(1, 2); } catch (err) { return err; } })(); console.log(e.diff); } catch (e) { console.log(e); }
console.log(strict.AssertionError === assert.AssertionError, typeof Assert.prototype.partialDeepStrictEqual);
console.log(Object.keys(strict).join(','), Object.keys(loose).join(','));
strict.rejects(Promise.reject(new Error('r')), /r/).then(() => console.log('rejects ok'));
