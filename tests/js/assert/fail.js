// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.fail with every arity, the DEP0094 warning for two or more arguments, and Error messages.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
process.removeAllListeners('warning');
process.on('warning', (w) => console.log(`warning: ${w.name} ${w.code} ${w.message}`));
show('no args', () => assert.fail());
show('undefined', () => assert.fail(undefined));
show('null', () => assert.fail(null));
show('message', () => assert.fail('boom'));
show('number', () => assert.fail(42));
show('error', () => assert.fail(new TypeError('typed')));
show('two args', () => assert.fail(1, 2));
show('three args', () => assert.fail(1, 2, 'three'));
show('three args undefined msg', () => assert.fail(1, 2, undefined));
show('four args', () => assert.fail(1, 2, undefined, '>'));
show('four args msg', () => assert.fail(1, 2, 'four', '>'));
show('five args', () => assert.fail(1, 2, undefined, 'op', function f() {}));
show('two args undefined', () => assert.fail(undefined, undefined));
show('objects', () => assert.fail({ a: 1 }, [1, 2], undefined, 'deepStrictEqual'));
show('strict op', () => assert.fail('a', 'b', undefined, 'strictEqual'));
show('error 3rd', () => assert.fail(1, 2, new RangeError('ranged')));
show('strict.fail', () => assert.strict.fail('strict fail'));
const e = (() => { try { assert.fail(1, 2); } catch (err) { return err; } })();
console.log(e.actual, e.expected, e.operator, e.generatedMessage);
setTimeout(() => console.log('done'), 10);
