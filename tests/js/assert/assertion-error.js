// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// new assert.AssertionError(options): validation, generated messages per operator, custom messages, fields, toString and inspection.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
const { AssertionError } = assert;
const util = require('util');
const make = (label, opts) => {
  try {
    const e = new AssertionError(opts);
    console.log(`${label}: gen=${e.generatedMessage} code=${e.code} name=${e.name} op=${e.operator} diff=${e.diff}`);
    console.log(e.message);
    return e;
  } catch (err) {
    console.log(`${label}: threw ${err.name} ${err.code}`);
    console.log(err.message);
  }
};
make('no options');
make('null', null);
make('string', 'msg');
make('array', []);
make('empty', {});
make('message only', { message: 'just text' });
make('number message', { message: 5 });
make('strictEqual', { actual: 1, expected: 2, operator: 'strictEqual' });
make('strictEqual custom', { actual: 1, expected: 2, operator: 'strictEqual', message: 'custom' });
make('deepStrictEqual', { actual: { a: 1 }, expected: { a: 2 }, operator: 'deepStrictEqual' });
make('deepEqual', { actual: [1], expected: [2], operator: 'deepEqual' });
make('notDeepEqual', { actual: [1], expected: [1], operator: 'notDeepEqual' });
make('notDeepEqual unequal', { actual: [1], expected: [2], operator: 'notDeepEqual' });
make('notStrictEqual', { actual: 'abc', expected: 'abc', operator: 'notStrictEqual' });
make('notDeepStrictEqual', { actual: { a: 1 }, expected: { a: 1 }, operator: 'notDeepStrictEqual' });
make('other op', { actual: 1, expected: 2, operator: '<' });
make('no op', { actual: 1, expected: 2 });
make('errors', { actual: new Error('a'), expected: new Error('b'), operator: 'deepStrictEqual' });
make('full diff', { actual: Array.from({ length: 60 }, (_, i) => i), expected: Array.from({ length: 60 }, (_, i) => i), operator: 'notDeepStrictEqual', diff: 'full' });
make('simple diff', { actual: Array.from({ length: 60 }, (_, i) => i), expected: Array.from({ length: 60 }, (_, i) => i), operator: 'notDeepStrictEqual' });
make('details', { message: 'with details', details: [{ message: 'm0', actual: 1, expected: 2, operator: 'x', stack: 's' }] });
const e = make('fields', { actual: 'a', expected: 'b', operator: 'strictEqual', stackStartFn: make });
console.log(Object.keys(e).join(','));
console.log(String(e));
console.log(e instanceof Error, Object.prototype.toString.call(e), e.constructor === AssertionError);
console.log(util.inspect(e));
const long = new AssertionError({ actual: 'x'.repeat(600), expected: 'line\n'.repeat(15), operator: 'strictEqual' });
console.log(util.inspect(long).split('\n').length);
console.log(typeof long.actual, long.actual.length);
