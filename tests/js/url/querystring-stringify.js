// querystring.stringify: value types, arrays, separators, custom encoder,
// characters left unescaped and lone surrogates.
const qs = require('querystring');
const objs = [
  { a: 1, b: 'two', c: true, d: false, e: null, f: undefined, g: NaN, h: Infinity, i: 10n, j: -0, k: 1.5e21 },
  { arr: [1, 'x', null, [2, 3], { o: 1 }], empty: [] },
  { 'a b': 'c d', 'é': '€', '😀': '!\'()*-._~', sym: 'a+b=c&d' },
  { nested: { x: 1 }, fn() {}, date: new Date(0).toISOString() },
  {}, [], [1, 2],
  Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
];
for (const o of objs) console.log(qs.stringify(o));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: [1, 2] }, '', ''), qs.stringify({ a: 1 }, null, null));
console.log(qs.stringify({ a: 'x y', b: 'é' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: qs.unescape }));
for (const v of ['str', 42, null, undefined, true]) console.log(JSON.stringify(qs.stringify(v)));
try {
  qs.stringify({ a: '\ud800' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(qs.stringify({ a: '\ud83d\ude00' }), qs.encode === qs.stringify);
const all = {};
for (let c = 32; c < 128; c++) all[`k${c}`] = String.fromCharCode(c);
console.log(qs.stringify(all));
