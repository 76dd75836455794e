// AsyncResource: runInAsyncScope, bind (static and instance), ids, the
// store captured at construction, argument validation; createHook.
// No deprecation output: node's warning carries its pid.
process.noDeprecation = true;
const ah = require('async_hooks');
const { AsyncResource, AsyncLocalStorage } = ah;

const als = new AsyncLocalStorage();
const res = als.run('captured', () => new AsyncResource('MY_RESOURCE'));
console.log('store in scope', res.runInAsyncScope(() => als.getStore()));
console.log('thisArg and args', res.runInAsyncScope(function (a, b) { return [this.k, a, b].join(','); }, { k: 'K' }, 1, 2));
console.log('ids', typeof res.asyncId(), typeof res.triggerAsyncId(), res.asyncId() > 0);
console.log('executionAsyncId in scope', res.runInAsyncScope(() => ah.executionAsyncId() === res.asyncId()));
console.log('executionAsyncResource in scope', res.runInAsyncScope(() => ah.executionAsyncResource() === res));
console.log('executionAsyncResource top level', typeof ah.executionAsyncResource(), ah.executionAsyncResource() === ah.executionAsyncResource());
console.log('emitDestroy returns this', res.emitDestroy() === res);
console.log('top-level ids', ah.executionAsyncId(), ah.triggerAsyncId());

function named(a, b) {
  return `${als.getStore()} ${this === undefined ? 'no-this' : this.v} ${a + b}`;
}
const b1 = als.run('static', () => AsyncResource.bind(named));
console.log('static bind', b1(1, 2), b1.length, b1.asyncResource instanceof AsyncResource);
const b2 = als.run('inst', () => new AsyncResource('X').bind(named, { v: 'fixed' }));
console.log('bind with thisArg', b2.call({ v: 'ignored' }, 2, 3));
const b3 = als.run('dyn', () => new AsyncResource('X').bind(named));
console.log('bind keeps caller this', b3.call({ v: 'caller' }, 3, 4));
console.log('descriptor', JSON.stringify(Object.getOwnPropertyDescriptor(b1, 'asyncResource') && Object.keys(b1)));

try {
  res.runInAsyncScope(() => { throw new Error('in scope'); });
} catch (err) {
  console.log('throws through', err.message, ah.executionAsyncId());
}

for (const [label, fn] of [
  ['type number', () => new AsyncResource(1)],
  ['no type', () => new AsyncResource()],
  ['bad trigger', () => new AsyncResource('T', { triggerAsyncId: -2 })],
  ['bad trigger number', () => new AsyncResource('T', -5)],
  ['bind non-function', () => AsyncResource.bind(1)],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.code, err.name, err.message);
  }
}
console.log('exports', ['AsyncLocalStorage', 'AsyncResource', 'createHook', 'executionAsyncId', 'executionAsyncResource', 'triggerAsyncId'].map((k) => typeof ah[k]).join(','));
