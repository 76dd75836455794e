// golden: hand-written
// (node 22 output; node 20 differs)
// util.inspect of errors: names, messages, own properties, causes,
// AggregateError, and errors without a stack.
const util = require('util');
Error.stackTraceLimit = 0;
const show = (v, o) => console.log(util.inspect(v, o));

show(new Error('plain'));
show(new TypeError('type'));
show(new RangeError('range'));
show(new SyntaxError('syntax'));
show(new Error(''));
show(new Error('multi\nline'));
const withProps = new Error('props');
withProps.code = 'E_CODE';
withProps.extra = { a: 1 };
show(withProps);
show(new Error('with cause', { cause: new Error('the cause') }));
show(new Error('primitive cause', { cause: 'just a string' }));
show(new Error('undefined cause', { cause: undefined }));
const deep = new Error('l1', { cause: new Error('l2', { cause: new Error('l3', { cause: new Error('l4') }) }) });
show(deep);
show(new AggregateError([new Error('one'), new TypeError('two')], 'many'));
show(new AggregateError([], 'none'));
class MyError extends Error {}
show(new MyError('mine'));
class NamedError extends Error { constructor(m) { super(m); this.name = 'CustomName'; } }
show(new NamedError('named'));
const renamed = new Error('renamed');
renamed.name = 'Renamed';
show(renamed);
const noStack = new Error('no stack');
noStack.stack = undefined;
show(noStack);
const strStack = new Error('x');
strStack.stack = 'Totally custom stack';
show(strStack);
const emptyStack = new Error('x');
emptyStack.stack = '';
show(emptyStack);
show([new Error('in array')]);
show({ err: new Error('in object') });
const nullProtoErr = new Error('nullproto');
Object.setPrototypeOf(nullProtoErr, null);
show(nullProtoErr);
show(Object.create(Error.prototype));
const msgProp = new Error('orig');
msgProp.message = 'changed';
show(msgProp);
show(new Error('hidden', { cause: 1 }), { showHidden: true });
const withName = new TypeError('nm');
withName.name = 'TypeError';
show(withName);
show(new Error('depth', { cause: { nested: { deeper: { deepest: 1 } } } }));
