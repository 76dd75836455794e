// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.rejects / doesNotReject with promises, async functions, thenables, and their misuse errors.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
const report = (label) => [
  () => console.log(`${label}: pass`),
  (e) => { console.log(`${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`); console.log(e.message); },
];
const cases = [
  ['rejects promise', () => assert.rejects(Promise.reject(new TypeError('bad')), TypeError)],
  ['rejects fn', () => assert.rejects(async () => { throw new RangeError('r'); }, RangeError)],
  ['rejects wrong class', () => assert.rejects(Promise.reject(new TypeError('bad')), RangeError)],
  ['rejects regexp', () => assert.rejects(Promise.reject(new Error('xyz')), /y/)],
  ['rejects regexp fail', () => assert.rejects(Promise.reject(new Error('xyz')), /q/)],
  ['rejects object', () => assert.rejects(Promise.reject(new Error('xyz')), { message: 'xyz' })],
  ['rejects object fail', () => assert.rejects(Promise.reject(new Error('xyz')), { message: 'abc' })],
  ['rejects validate', () => assert.rejects(Promise.reject(1), (v) => v === 1)],
  ['rejects resolved', () => assert.rejects(Promise.resolve(1))],
  ['rejects resolved msg', () => assert.rejects(Promise.resolve(1), 'needed rejection')],
  ['rejects resolved class', () => assert.rejects(async () => 1, TypeError)],
  ['rejects fn not promise', () => assert.rejects(() => 1)],
  ['rejects fn null', () => assert.rejects(() => null)],
  ['rejects fn sync throw', () => assert.rejects(() => { throw new Error('sync'); })],
  ['rejects not fn', () => assert.rejects(1)],
  ['rejects thenable', () => assert.rejects({ then(res, rej) { rej(new Error('then')); }, catch() {} }, /then/)],
  ['rejects thenable no catch', () => assert.rejects({ then(res, rej) { rej(new Error('then')); } })],
  ['rejects fn thenable', () => assert.rejects(() => ({ then(res, rej) { rej(new Error('t2')); }, catch() {} }), Error)],
  ['rejects string msg', () => assert.rejects(Promise.reject(new Error('a')), 'a')],
  ['rejects bad error arg', () => assert.rejects(Promise.reject(new Error('a')), 5)],
  ['doesNotReject resolved', () => assert.doesNotReject(Promise.resolve(1))],
  ['doesNotReject rejected', () => assert.doesNotReject(Promise.reject(new Error('nope')))],
  ['doesNotReject rejected msg', () => assert.doesNotReject(Promise.reject(new Error('nope')), 'why')],
  ['doesNotReject class', () => assert.doesNotReject(Promise.reject(new TypeError('t')), TypeError)],
  ['doesNotReject other class', () => assert.doesNotReject(Promise.reject(new TypeError('t')), RangeError)],
  ['doesNotReject fn', () => assert.doesNotReject(async () => { throw new Error('inner'); })],
  ['doesNotReject fn ok', () => assert.doesNotReject(async () => 1)],
  ['doesNotReject not promise', () => assert.doesNotReject(() => 'x')],
  ['doesNotReject bad', () => assert.doesNotReject('x')],
];
(async () => {
  for (const [label, run] of cases) {
    const [ok, bad] = report(label);
    let p;
    try {
      p = run();
    } catch (e) {
      console.log(`${label}: sync throw`);
      bad(e);
      continue;
    }
    console.log(`${label}: returns ${p instanceof Promise ? 'Promise' : typeof p}`);
    await p.then(ok, bad);
  }
})();
