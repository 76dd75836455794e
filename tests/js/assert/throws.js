// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.throws with every form of the error argument: class, RegExp, validation function, object (nested, RegExp values), Error instance, message string.
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
}
Error.stackTraceLimit = 0;
const boom = () => { throw new TypeError('boom happened'); };
show('no arg', () => assert.throws(boom));
show('class', () => assert.throws(boom, TypeError));
show('base class', () => assert.throws(boom, Error));
show('wrong class', () => assert.throws(boom, RangeError));
class MyErr extends Error {}
show('subclass', () => assert.throws(() => { throw new Error('plain'); }, MyErr));
show('same name other proto', () => assert.throws(() => { const e = new Error('x'); e.constructor = undefined; e.name = 'MyErr'; throw Object.setPrototypeOf(e, Error.prototype); }, MyErr));
show('class non-error thrown', () => assert.throws(() => { throw 'str'; }, TypeError));
show('class obj thrown', () => assert.throws(() => { throw { a: 1 }; }, TypeError));
show('class empty message', () => assert.throws(() => { throw new Error(); }, TypeError));
show('regexp', () => assert.throws(boom, /boom/));
show('regexp fail', () => assert.throws(boom, /nope/));
show('regexp prim', () => assert.throws(() => { throw 42; }, /42/));
show('fn true', () => assert.throws(boom, (e) => e instanceof TypeError));
show('fn false', () => assert.throws(boom, (e) => false));
show('fn named false', () => assert.throws(boom, function validate() { return 1; }));
show('fn prim', () => assert.throws(() => { throw 1; }, function check(e) { return e === 2; }));
show('fn throws', () => assert.throws(boom, () => { throw new Error('from validator'); }));
show('object', () => assert.throws(boom, { name: 'TypeError', message: 'boom happened' }));
show('object regex', () => assert.throws(boom, { message: /^boom/ }));
show('object mismatch', () => assert.throws(boom, { name: 'TypeError', message: 'other' }));
show('object regex mismatch', () => assert.throws(boom, { name: /Range/, message: /boom/ }));
show('object nested', () => assert.throws(() => { throw Object.assign(new Error('e'), { info: { code: 1, list: [1, 2] } }); }, { info: { code: 1, list: [1, 2] } }));
show('object nested mismatch', () => assert.throws(() => { throw Object.assign(new Error('e'), { info: { code: 1 } }); }, { info: { code: 2 } }));
show('object missing key', () => assert.throws(boom, { code: 'X' }));
show('object custom msg', () => assert.throws(boom, { message: 'x' }, 'custom'));
show('object vs prim thrown', () => assert.throws(() => { throw 'prim'; }, { message: 'prim' }));
show('object vs null thrown', () => assert.throws(() => { throw null; }, { a: 1 }));
show('error instance', () => assert.throws(boom, new TypeError('boom happened')));
show('error instance mismatch', () => assert.throws(boom, new TypeError('other')));
show('error instance name', () => assert.throws(boom, new RangeError('boom happened')));
show('error instance extra', () => assert.throws(boom, Object.assign(new TypeError('boom happened'), { code: 'E' })));
show('string message', () => assert.throws(boom, 'my message'));
show('no throw', () => assert.throws(() => {}));
show('no throw class', () => assert.throws(() => {}, TypeError));
show('no throw msg', () => assert.throws(() => {}, TypeError, 'expected to throw'));
show('no throw obj', () => assert.throws(() => {}, { message: 'x' }));
show('no throw string', () => assert.throws(() => {}, 'as message'));
show('class + msg', () => assert.throws(boom, RangeError, 'wanted range'));
show('regexp + msg', () => assert.throws(boom, /zzz/, 'wanted zzz'));
show('fn + msg', () => assert.throws(boom, () => false, 'validator said no'));
show('msg error', () => assert.throws(() => {}, TypeError, new Error('thrown instead')));
show('arrow class', () => assert.throws(boom, () => true));
show('strict.throws', () => assert.strict.throws(boom, TypeError));
