// util.format's %o (showHidden, showProxy, depth 4) and %O on proxies,
// functions, classes and deep arrays.
const util = require('util');
console.log(util.format('%o', new Proxy({ a: 1 }, {})));
console.log(util.format('%o', function foo(a, b) {}));
console.log(util.format('%o', [1, [2, [3, [4, [5, [6]]]]]]));
console.log(util.format('%o', { f: function () {} }));
console.log(util.format('%O', new Proxy({ a: 1 }, {})));
console.log(util.format('%o', class A { static x = 1; }));
console.log(util.format('%o', new Error('e').message));
console.log(util.format('%s %o', 'x', Symbol('s')));
console.log(util.formatWithOptions({ showProxy: false }, '%o', new Proxy({}, {})));
