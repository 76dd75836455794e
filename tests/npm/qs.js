// qs: nested query string parsing and stringifying.
const qs = require('qs');

const j = (v) => JSON.stringify(v);
console.log('parse nested', j(qs.parse('a[b][c]=d&a[e]=f')));
console.log('parse arrays', j(qs.parse('a[]=b&a[]=c')), j(qs.parse('a[1]=c&a[0]=b')), j(qs.parse('a=b&a=c')));
console.log('parse arrayLimit', j(qs.parse('a[100]=b')), j(qs.parse('a[1]=b', { arrayLimit: 0 })));
console.log('parse dots', j(qs.parse('a.b.c=d', { allowDots: true })));
console.log('parse depth', j(qs.parse('a[b][c][d][e][f][g][h]=i')), j(qs.parse('a[b][c]=d', { depth: 1 })));
console.log('parse prefix', j(qs.parse('?a=1&b=2', { ignoreQueryPrefix: true })));
console.log('parse delimiter', j(qs.parse('a=b;c=d', { delimiter: ';' })), j(qs.parse('a=b;c=d,e=f', { delimiter: /[;,]/ })));
console.log('parse encoded', j(qs.parse('a%5Bb%5D=c%20d&e=%E2%9C%93&plus=a+b')));
console.log('parse charset', j(qs.parse('a=%A7', { charset: 'iso-8859-1' })), j(qs.parse('utf8=%E2%9C%93&a=%C3%B8', { charsetSentinel: true })));
console.log('parse comma', j(qs.parse('a=b,c', { comma: true })));
console.log('parse nulls', j(qs.parse('a&b=', { strictNullHandling: true })), j(qs.parse('a&b=')));
console.log('parse proto', j(qs.parse('__proto__[x]=1&a[__proto__][y]=2&constructor=3')), ({}).x, ({}).y);
console.log('parse allowPrototypes', j(qs.parse('a[hasOwnProperty]=b', { allowPrototypes: true })));
console.log('parse parameterLimit', j(qs.parse('a=1&b=2&c=3', { parameterLimit: 2 })));
try { qs.parse('a=1&b=2&c=3', { parameterLimit: 2, throwOnLimitExceeded: true }); } catch (e) { console.log('limit error', e.name, e.message); }
console.log('parse object input', j(qs.parse({ 'a[b]': 'c', d: 'e' })));
console.log('parse decoder', j(qs.parse('a=X&b=y', { decoder: (s, dec, cs, type) => (type === 'value' ? dec(s).toLowerCase() : dec(s)) })));
console.log('parse duplicates', j(qs.parse('a=1&a=2', { duplicates: 'first' })), j(qs.parse('a=1&a=2', { duplicates: 'last' })));

console.log('stringify', qs.stringify({ a: { b: { c: 'd', e: 'f' } } }));
console.log('stringify encode=false', qs.stringify({ a: { b: 'c' } }, { encode: false }));
for (const arrayFormat of ['indices', 'brackets', 'repeat', 'comma']) {
  console.log('stringify', arrayFormat, qs.stringify({ a: ['b', 'c'] }, { arrayFormat, encode: false }));
}
console.log('stringify dots', qs.stringify({ a: { b: { c: 1 } } }, { allowDots: true }));
console.log('stringify special', qs.stringify({ s: 'a b&c=d/é✓', n: 1, t: true, z: null, u: undefined, e: '' }));
console.log('stringify RFC1738', qs.stringify({ s: 'a b' }, { format: 'RFC1738' }), qs.stringify({ s: 'a b' }, { format: 'RFC3986' }));
console.log('stringify strictNull', qs.stringify({ a: null, b: '' }, { strictNullHandling: true }), qs.stringify({ a: null }, { skipNulls: true }));
console.log('stringify prefix', qs.stringify({ a: 1, b: 2 }, { addQueryPrefix: true }), qs.stringify({ a: 1, b: 2 }, { delimiter: ';' }));
console.log('stringify sort', qs.stringify({ c: 3, a: 1, b: 2 }, { sort: (x, y) => x.localeCompare(y) }));
console.log('stringify filter', qs.stringify({ a: 1, b: 2, c: 3 }, { filter: ['a', 'c'] }));
console.log('stringify date', qs.stringify({ d: new Date(Date.UTC(2021, 4, 6, 7, 8, 9)) }), qs.stringify({ d: new Date(0) }, { serializeDate: (d) => d.getTime() }));
console.log('stringify encoder', qs.stringify({ a: 'b' }, { encoder: (s) => String(s).toUpperCase() }), qs.stringify({ a: ['x', 'y'] }, { encodeValuesOnly: true }));
console.log('stringify charset', qs.stringify({ a: 'æ' }, { charset: 'iso-8859-1' }), qs.stringify({ a: '☺' }, { charset: 'iso-8859-1', charsetSentinel: true }));
console.log('stringify empty', JSON.stringify(qs.stringify({})), JSON.stringify(qs.stringify({ a: [] })), qs.stringify({ a: [] }, { allowEmptyArrays: true }));
const cyclic = {}; cyclic.self = cyclic;
try { qs.stringify(cyclic); } catch (e) { console.log('cyclic', e.name, e.message); }
console.log('roundtrip', j(qs.parse(qs.stringify({ x: [1, { y: [2, 3] }], z: 'w' }))));
console.log('formats', j(Object.keys(qs.formats)));
