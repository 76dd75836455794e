// Legacy url.resolveObject / Url.prototype.resolve(Object): the resulting
// Url objects field by field, and inputs that are already Url objects.
const url = require('url');
const cases = [
  ['http://a/b/c', '../d?x#y'],
  ['http://u@a/b', '//other/path'],
  ['http://a/b', 'https://c/d'],
  ['http://a/b', 'mailto:x@y'],
  ['mailto:x@y', 'z@w'],
  ['http://a/b?q', '?r'],
  ['http://a/b?q', ''],
  ['http://a/b', '/c/./d/../e/'],
  ['file:///a/b', 'file:c'],
  ['http://a/b', 'http:c'],
  ['foo:bar', 'baz'],
];
for (const [from, to] of cases) {
  console.log(JSON.stringify(from), JSON.stringify(to));
  console.log('  ', JSON.stringify(url.resolveObject(from, to)));
}
const base = url.parse('http://h.com/x/y?z');
console.log(base.resolve('w'), base.resolve('/v'), base.resolve('//g/h'));
const rel = url.parse('../up', false, true);
console.log(JSON.stringify(base.resolveObject(rel)));
console.log(JSON.stringify(base.resolveObject('?only')));
console.log(url.resolveObject('', 'kept') === 'kept', url.resolveObject(null, 'k'));
const r = url.resolveObject('http://a/b', 'c');
console.log(r instanceof url.Url, Object.keys(r).join());
