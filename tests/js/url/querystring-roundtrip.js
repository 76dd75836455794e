// querystring round trips and interplay with url.parse(..., true) and
// URLSearchParams serialisation differences.
const qs = require('querystring');
const url = require('url');
const samples = [{ a: 'b c', d: ['e', 'f'] }, { 'k&=': 'v&=', u: 'ü€😀' }, { empty: '' }, { plus: '1+1=2' }];
for (const o of samples) {
  const s = qs.stringify(o);
  const back = qs.parse(s);
  console.log(s, JSON.stringify(back), new URLSearchParams(o).toString());
}
const u = url.parse('http://h/p?x=1&y=a+b&y=%20c&z', true);
console.log(JSON.stringify(u.query), u.search, url.format(u));
u.search = '';
u.query.added = 'new value';
console.log(url.format(u));
console.log(qs.parse(qs.stringify({ long: 'x'.repeat(50) }, '&', '=')).long.length);
const many = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
console.log(Object.keys(qs.parse(many)).length, Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length);
