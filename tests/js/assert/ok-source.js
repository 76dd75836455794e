// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
const assert = require('assert');
const { ok } = assert;
const a2 = require('assert/strict');
function t(f) {
  try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify([e.message, e.generatedMessage, e.operator, e.actual, e.expected])); }
}
const x = 0;
t(() => assert.ok(false));
t(() => assert.ok(1 === 2, undefined));
t(() => { const y = 1; (   assert.ok(false)); });
t(() => assert['ok'](0));
t(() => assert.strict.ok(typeof x === 'string'));
t(() => ok(x > 2));
t(() => assert?.ok(null));
t(() => assert.ok([1,2].map((v) => v * 2).length === 0));
t(() => assert.ok(
  false));
t(() => assert.ok(x, undefined, (1)));
t(() => assert(x));
t(() => a2(x));
t(() => a2.ok(x === 1));
t(() => { assert.ok(x); /* c */ });
t(() => { assert.ok(x); assert.ok(true); });
t(() => { assert.ok(true); assert.ok(x); });
t(() => assert.ok(String(x) === '1' && x > 2));
t(() => assert.ok(`tmpl ${x}` === 'y'));
t(() => assert.ok('\u0001' === x));
t(() => assert.ok(x, null));
t(() => assert.ok(x, 'msg'));
t(() => assert.ok(x, new TypeError('own')));
t(() => assert.ok());
t(() => assert.ok(''));
t(() => assert.ok(NaN));
t(() => assert.ok(undefined));
t(() => assert.ok(x > 1 ? true : false));
t(() => { const fn = assert; fn(x); });
t(() => assert.ok(typeof x === 'object' && x !== null, undefined));
t(() => assert.ok(foo(x)));
function foo(v) { return v; }
t(() => assert.ok(foo(foo(x))));
t(() => assert.ok((x)));
t(() => assert.ok(x == 1) || 1);
