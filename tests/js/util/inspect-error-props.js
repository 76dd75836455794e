// golden: hand-written
// (node 22 output; node 20 differs)
// util.inspect of errors whose name, message, stack, cause or errors are
// unusual: non-strings, getters, inherited, changed after creation.
const util = require('util');
Error.stackTraceLimit = 0;
const show = (label, v, o) => {
  try {
    console.log(label, util.inspect(v, o));
  } catch (err) {
    console.log(label, 'threw', err.name);
  }
};
const def = (err, key, desc) => Object.defineProperty(err, key, { configurable: true, ...desc });

show('message getter', def(new Error('m'), 'message', { get() { return 'from getter'; } }));
show('enumerable message', def(new Error('m'), 'message', { value: 'm', enumerable: true }));
show('changed enumerable message', def(new Error('m'), 'message', { value: 'other', enumerable: true }));
show('numeric message', def(new Error('m'), 'message', { value: 42, enumerable: true }));
show('enumerable name', def(new Error('m'), 'name', { value: 'Error', enumerable: true }));
show('odd enumerable name', def(new Error('m'), 'name', { value: 'Odd', enumerable: true }));
show('numeric name', def(new Error('m'), 'name', { value: 7, enumerable: true }));
show('stack number', def(new Error('m'), 'stack', { value: 42 }));
show('stack object', def(new Error('m'), 'stack', { value: { frames: [1, 2] } }));
show('stack throws', def(new Error('m'), 'stack', { get() { throw new Error('s'); } }));
show('stack enumerable', def(new Error('m'), 'stack', { value: 'Error: m', enumerable: true }));
show('stack no header', def(new Error('m'), 'stack', { value: 'just text' }));
const inheritedCause = Object.create(Object.assign(Object.create(Error.prototype), { cause: 'inherited' }));
show('inherited cause', inheritedCause);
show('own cause undefined', new Error('m', { cause: undefined }));
show('cause getter', def(new Error('m'), 'cause', { get() { return 'got'; } }));
show('errors own', Object.assign(new Error('m'), { errors: [1, 2] }));
show('errors not array', def(new AggregateError([], 'agg'), 'errors', { value: 'nope' }));
show('aggregate', new AggregateError([new Error('a')], 'agg'), { depth: 0 });
show('cause cycle', (() => { const e = new Error('cyc'); e.cause = e; return e; })());
show('nested with props', { e: Object.assign(new Error('inner'), { code: 'X', info: { a: 1 } }) });
show('error in array, compact false', [new Error('a')], { compact: false });
show('error colors', Object.assign(new Error('c'), { code: 1 }), { colors: true });
