// URL.canParse and URL.parse (Node 22): valid and invalid inputs, bases,
// argument coercion and missing arguments.
const cases = [['http://x'], ['x'], ['x', 'http://a/b'], ['x', 'nope'], ['', 'http://a'], ['http://[::1'],
  ['//h', 'https://a'], ['mailto:x'], [''], [null], [undefined, 'http://a/'], [42, 'http://a/'],
  [new URL('http://obj/')], ['a', new URL('http://base/dir/')], ['http://x', undefined], ['#h', 'foo:opaque']];
for (const args of cases) {
  const parsed = URL.parse(...args);
  console.log(JSON.stringify(args.map(String)), URL.canParse(...args), parsed === null ? null : parsed.href, parsed instanceof URL);
}
for (const fn of ['canParse', 'parse']) {
  try {
    URL[fn]();
  } catch (e) {
    console.log(fn, e.name, e.code, e.message);
  }
}
try {
  new URL();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const p = URL.parse('http://h/?a=1');
p.searchParams.append('b', '2');
console.log(p.href, URL.canParse.length, URL.parse.length, URL.length);
console.log(URL.canParse({ toString: () => 'http://coerced' }), URL.parse('x', { toString: () => 'http://b/' }).href);
