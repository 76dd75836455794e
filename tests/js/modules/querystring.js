// node:querystring: parse (duplicates, +, bad escapes, custom separators,
// maxKeys), stringify (arrays, value types), escape and unescape.
const qs = require('querystring');
const show = (o) => console.log(JSON.stringify(o), Object.getPrototypeOf(o) === null);
show(qs.parse('a=1&b=2&a=3&c&d=&e=x+y%20z'));
show(qs.parse('%E2%82%AC=%zz&bad=%E2%82'));
show(qs.parse('a:1;b:2', ';', ':'));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse(''));
show(qs.parse('&&a=1&&'));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: NaN, g: 3n, h: {} }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.stringify('nope'), qs.stringify({ 'k€': 'v€' }));
console.log(qs.escape('a b&c/é'), qs.unescape('a%20b%zz'), qs.unescape('%E2%82%AC'));
console.log(qs.encode === qs.stringify, qs.decode === qs.parse);
console.log(qs.stringify({ a: 'x' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
