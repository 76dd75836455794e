// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.throws / doesNotThrow misuse: argument type errors, ambiguous messages, empty objects.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
const showAny = (label, fn) => {
  try { fn(); console.log(`${label}: pass`); } catch (e) { console.log(`${label}: ${e.name} ${e.code}`); console.log(e.message); }
};
showAny('fn not function', () => assert.throws('nope'));
showAny('fn undefined', () => assert.throws());
showAny('fn object', () => assert.throws({}));
showAny('error number', () => assert.throws(() => { throw new Error('x'); }, 5));
showAny('error bool', () => assert.throws(() => { throw new Error('x'); }, true));
showAny('error symbol', () => assert.throws(() => { throw new Error('x'); }, Symbol('s')));
showAny('string + msg', () => assert.throws(() => { throw new Error('x'); }, 'a', 'b'));
showAny('string + undefined', () => assert.throws(() => { throw new Error('x'); }, 'a', undefined));
showAny('ambiguous message', () => assert.throws(() => { throw new Error('same'); }, 'same'));
showAny('ambiguous prim', () => assert.throws(() => { throw 'same'; }, 'same'));
showAny('empty object', () => assert.throws(() => { throw new Error('x'); }, {}));
showAny('empty object prim', () => assert.throws(() => { throw 1; }, {}));
showAny('null error', () => assert.throws(() => { throw new Error('x'); }, null));
showAny('doesNotThrow not fn', () => assert.doesNotThrow(1));
showAny('doesNotThrow bad expected', () => assert.doesNotThrow(() => { throw new Error('x'); }, 5));
showAny('doesNotThrow obj expected', () => assert.doesNotThrow(() => { throw new Error('x'); }, { message: 'x' }));
showAny('doesNotThrow no throw bad expected', () => assert.doesNotThrow(() => {}, 5));
showAny('rethrow original', () => assert.throws(() => { throw new Error('orig'); }, () => { throw new SyntaxError('validator'); }));
