// util.inspect and util.format (the engine behind console.log).
const util = require('util');
const obj = { a: [1, 2, { b: 'c' }], d: new Map([[1, { e: 'f' }]]) };
console.log(util.inspect(obj));
console.log(util.inspect(obj, { depth: 0 }));
console.log(util.inspect(obj, { compact: false }));
console.log(util.inspect(obj, { breakLength: Infinity }));
console.log(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: true }));
console.log(util.inspect('str'), util.inspect(42), util.inspect([['nested']]));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.format('%s:%d', 'a', 1, 'extra', { x: 1 }));
console.log(util.format(1, 2, '3'));
const custom = { [util.inspect.custom]() { return 'CUSTOM!'; } };
console.log(custom, [custom]);
console.log(util.inspect(new Proxy({ t: 1 }, {})), util.inspect(new Proxy({}, {}), { showProxy: true }));
