// querystring.parse: separators, repeated keys, '+', malformed escapes,
// empty pieces, maxKeys, custom decodeURIComponent.
const qs = require('querystring');
const show = (o) => JSON.stringify(o) + (Object.getPrototypeOf(o) === null ? ' (null proto)' : '');
const inputs = ['a=1&b=2&a=3', 'a', 'a=', '=b', '=', '&&', 'a=1&&b=2&', 'a+b=c+d', 'a%20b=c%2Bd', '%zz=%E2%82%AC', '%E2%82=x',
  '%F0%9F%98%80=%', 'a=b=c', '__proto__=x&constructor=y&hasOwnProperty=z', 'é=ü', 'a=%', 'a=%2', 'a[]=1&a[]=2', ' a = b ',
  'a=1;b=2', 'x=%u0041', '%41%42=%43'];
for (const s of inputs) console.log(JSON.stringify(s), show(qs.parse(s)));
console.log(show(qs.parse('a:1;b:2;a:3', ';', ':')));
console.log(show(qs.parse('a==1&&b==2', '&&', '==')));
console.log(show(qs.parse('a=1&b=2', '', '')), show(qs.parse('a=1&b=2', null, undefined)));
console.log(show(qs.parse('a=1,b=2', ',')), show(qs.parse('k-v|k-w', '|', '-')));
for (const maxKeys of [0, 1, 2, -1, undefined, NaN, '1']) console.log('maxKeys', maxKeys, show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys })));
console.log(show(qs.parse('a=1&b=%41', null, null, { decodeURIComponent: (s) => `<${s}>` })));
console.log(show(qs.parse('a=%zz', null, null, { decodeURIComponent: () => { throw new Error('x'); } })));
console.log(show(qs.parse('a=%41', null, null, { decodeURIComponent: qs.unescape })));
for (const v of [undefined, null, 42, {}, '', ['a=1']]) console.log(JSON.stringify(v), show(qs.parse(v)));
console.log(qs.decode === qs.parse, show(qs.parse('a=1&a=2&a=3').a));
