// URLSearchParams methods: append/delete(with value)/get/getAll/has(with
// value)/set/sort stability/size/forEach/toString, kept in sync with a URL.
const p = new URLSearchParams('b=2&a=1&b=3&c=&=empty&d');
console.log(p.toString(), p.size);
console.log(p.get('b'), p.get('zz'), p.getAll('b'), p.getAll('zz'), p.get(''), p.get('d'));
console.log(p.has('b'), p.has('b', '3'), p.has('b', '4'), p.has('b', undefined));
p.append('a', 'x y&z=');
p.append('é', '€');
console.log(p.toString());
p.delete('b', '2');
console.log(p.toString());
p.delete('b');
p.set('a', 'only');
p.set('new', 'n');
console.log(p.toString(), p.size);
const s = new URLSearchParams('z=1&b=1&a=1&b=2&a=2&\u00e9=1&\ud83d\ude00=1&\uff5e=1&A=1');
s.sort();
console.log(s.toString());
const seen = [];
s.forEach(function (v, k, self) {
  seen.push(`${k}:${v}:${self === s}:${this.tag}`);
}, { tag: 't' });
console.log(seen.join(' '));
const grow = new URLSearchParams('a=1');
let n = 0;
grow.forEach(() => {
  if (n++ < 3) grow.append('x', String(n));
});
console.log(grow.toString(), n);
console.log(new URLSearchParams('a=b+c%20d%2Be&%E2%82%AC=%E2%82%AC&bad=%ZZ%&x=%F0%9F').toString());
console.log([...new URLSearchParams('a=b+c%20d%2Be&bad=%ZZ%&x=%F0%9F')]);
console.log(new URLSearchParams({ '*-._': ' !\'()~' }).toString());
const u = new URL('http://h/p?x=1#frag');
u.searchParams.append('y', '2 3');
console.log(u.href, u.search);
u.searchParams.delete('x');
u.searchParams.delete('y');
console.log(u.href);
const v = new URL('http://h/?');
v.searchParams.sort();
console.log(v.href);
const w = new URL('foo:opaque ?q#h');
w.searchParams.delete('q');
console.log(JSON.stringify(w.href));
for (const args of [[], ['a']]) {
  try {
    p.append(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const m of ['get', 'getAll', 'has', 'delete']) {
  try {
    p[m]();
  } catch (e) {
    console.log(m, e.code, e.message);
  }
}
try {
  p.set('a');
} catch (e) {
  console.log('set', e.code, e.message);
}
try {
  p.forEach(5);
} catch (e) {
  console.log('forEach', e.code, e.message);
}
try {
  URLSearchParams.prototype.get.call({}, 'a');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  URLSearchParams.prototype.toString.call(new URL('http://x'));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
