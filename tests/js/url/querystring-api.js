// node:querystring exports, function arities and edge separators.
const qs = require('querystring');
console.log(Object.keys(qs).sort().join());
for (const k of Object.keys(qs).sort()) console.log(k, typeof qs[k], qs[k].length);
console.log(JSON.stringify(qs.parse('a=1&b', '&', '=', { maxKeys: 1 })));
console.log(JSON.stringify(qs.parse('aXXbXXc', 'XX')), JSON.stringify(qs.parse('a=b', 'a=b')));
console.log(JSON.stringify(qs.parse('a%26b=c%3Dd')), JSON.stringify(qs.parse('%26=%3D', '%26')));
console.log(qs.stringify({ a: [] }), JSON.stringify(qs.stringify({ '': '' })), qs.stringify({ x: [undefined, null] }));
console.log(JSON.stringify(qs.parse('a=1\u00ff&\u0100=2')));
