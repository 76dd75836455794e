// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// deepStrictEqual on Errors: name, message, cause, AggregateError errors, extra properties.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
const s = (l, a, b) => show(`strict ${l}`, () => assert.deepStrictEqual(a, b));
const l = (lb, a, b) => show(`loose ${lb}`, () => assert.deepEqual(a, b));
s('same', new Error('a'), new Error('a'));
s('message', new Error('a'), new Error('b'));
s('class', new Error('a'), new TypeError('a'));
l('class', new Error('a'), new TypeError('a'));
const renamed = new Error('a'); renamed.name = 'Other';
s('name', renamed, new Error('a'));
s('cause', new Error('a', { cause: 1 }), new Error('a', { cause: 1 }));
s('cause diff', new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
s('cause missing', new Error('a', { cause: 1 }), new Error('a'));
s('cause undefined', new Error('a', { cause: undefined }), new Error('a'));
s('cause nested', new Error('a', { cause: new Error('b') }), new Error('a', { cause: new Error('c') }));
s('aggregate', new AggregateError([new Error('x')], 'm'), new AggregateError([new Error('x')], 'm'));
s('aggregate diff', new AggregateError([new Error('x')], 'm'), new AggregateError([new Error('y')], 'm'));
s('props', Object.assign(new Error('a'), { code: 'X' }), Object.assign(new Error('a'), { code: 'X' }));
s('props diff', Object.assign(new Error('a'), { code: 'X' }), Object.assign(new Error('a'), { code: 'Y' }));
s('error vs obj', new Error('a'), { message: 'a', name: 'Error' });
const e1 = new Error('stack'); const e2 = new Error('stack');
s('stacks differ', e1, e2);
class MyErr extends Error {}
s('subclass', new MyErr('a'), new Error('a'));
s('subclass both', new MyErr('a'), new MyErr('a'));
show('not strict', () => assert.notDeepStrictEqual(new Error('a'), new Error('a')));
show('notDeepEqual', () => assert.notDeepEqual(new Error('a'), new Error('a')));
