// Errors with own properties or a cause. Error.stackTraceLimit = 0 keeps
// stacks out: node would put the " {" of the property block on the last
// (node-internal) stack frame line.
Error.stackTraceLimit = 0;
const withProps = new TypeError('with props');
withProps.code = 'E_CODE';
withProps.extra = { a: 1 };
console.log(withProps);
console.log(new Error('with cause', { cause: 'the cause' }));
console.log(new Error('error cause', { cause: new RangeError('inner') }));
const e = new Error('in object');
e.errno = -2;
console.log({ e });
console.log(new AggregateError([new Error('a'), new Error('b')], 'many'));
console.log('stack is', JSON.stringify(new Error('x').stack));
