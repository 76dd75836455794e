// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.doesNotThrow: passes, unwanted exceptions, filtering by class/RegExp/function, messages.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
const boom = () => { throw new TypeError('boom'); };
const showAny = (label, fn) => {
  try { fn(); console.log(`${label}: pass`); } catch (e) { console.log(`${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`); console.log(e.message); }
};
showAny('ok', () => assert.doesNotThrow(() => 1));
showAny('throws', () => assert.doesNotThrow(boom));
showAny('throws msg', () => assert.doesNotThrow(boom, 'should not'));
showAny('matching class', () => assert.doesNotThrow(boom, TypeError));
showAny('matching class msg', () => assert.doesNotThrow(boom, TypeError, 'class msg'));
showAny('other class rethrows', () => assert.doesNotThrow(boom, RangeError));
showAny('regexp match', () => assert.doesNotThrow(boom, /boom/));
showAny('regexp no match rethrows', () => assert.doesNotThrow(boom, /zzz/));
showAny('fn true', () => assert.doesNotThrow(boom, () => true));
showAny('fn false rethrows', () => assert.doesNotThrow(boom, () => false));
showAny('prim thrown', () => assert.doesNotThrow(() => { throw 'str'; }));
showAny('undefined thrown', () => assert.doesNotThrow(() => { throw undefined; }));
showAny('msg error', () => assert.doesNotThrow(boom, TypeError, new Error('own')));
const e = (() => { try { assert.doesNotThrow(boom, 'm'); } catch (err) { return err; } })();
console.log(e.actual instanceof TypeError, e.expected, e.operator, e.generatedMessage);
