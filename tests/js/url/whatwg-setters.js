// WHATWG URL setters: each component on special, non-special, opaque and
// file URLs, including values the standard ignores.
const cases = [
  ['http://h/p', 'protocol', 'https'], ['http://h/p', 'protocol', 'foo'], ['foo://h/p', 'protocol', 'http'],
  ['http://h/p', 'protocol', 'ws:junk'], ['http://h:443/p', 'protocol', 'https'], ['http://u@h/', 'protocol', 'file'],
  ['http://h/p', 'protocol', '1x'], ['mailto:x', 'protocol', 'foo'],
  ['http://h/p', 'username', 'us er@:'], ['file:///x', 'username', 'u'], ['mailto:x', 'username', 'u'],
  ['http://u:p@h/', 'username', ''], ['http://h/p', 'password', 'p:w@'], ['http://u:p@h/', 'password', ''],
  ['http://h:81/p', 'host', 'new:82'], ['http://h/p', 'host', 'new:99999'], ['http://h/p', 'host', ''],
  ['http://h/p', 'host', 'a b'], ['http://h/p', 'host', 'x/y'], ['foo://h/p', 'host', ''], ['mailto:x', 'host', 'h'],
  ['http://h:81/p', 'hostname', 'new:82'], ['http://h/p', 'hostname', '[::1]'], ['http://h/p', 'hostname', 'ÄÖ'],
  ['file://h/p', 'hostname', 'localhost'], ['file://h/p', 'host', ''],
  ['http://h/p', 'port', '8080'], ['http://h/p', 'port', '80'], ['http://h:81/p', 'port', ''], ['http://h/p', 'port', '12ab'],
  ['http://h/p', 'port', '65536'], ['http://h/p', 'port', 'x'], ['file:///p', 'port', '1'], ['http://h/p', 'port', 443],
  ['http://h/p', 'pathname', 'a/b c'], ['http://h/p', 'pathname', ''], ['foo://h/p', 'pathname', ''], ['mailto:x', 'pathname', 'y'],
  ['http://h/p', 'pathname', '/../x/./y/..'], ['http://h/p', 'pathname', '\\a\\b'], ['foo://h/p', 'pathname', '\\a'],
  ['http://h/p?q', 'search', ''], ['http://h/p', 'search', '?'], ['http://h/p', 'search', '??a=b c'], ['http://h/p#f', 'search', 'x#y'],
  ['http://h/p#f', 'hash', ''], ['http://h/p', 'hash', '#'], ['http://h/p', 'hash', '##a b'], ['mailto:x', 'hash', 'z'],
  ['http://h/p', 'href', 'https://other/x?y'], ['data:a,b ', 'hash', 'x'], ['data:a,b #x', 'hash', ''],
];
for (const [href, key, value] of cases) {
  const u = new URL(href);
  try {
    u[key] = value;
    console.log(href, key, JSON.stringify(value), '->', u.href);
  } catch (e) {
    console.log(href, key, JSON.stringify(value), 'threw', e.name, e.code, e.message);
  }
}
const u = new URL('http://h/');
try {
  u.href = 'not valid';
} catch (e) {
  console.log(e.name, e.code, e.message, e.input, u.href);
}
try {
  u.origin = 'http://x';
} catch (e) {
  console.log('origin', e.name);
}
console.log(u.origin);
u.search = '?a=1&b=2';
const sp = u.searchParams;
u.search = 'c=3';
console.log(sp.get('a'), sp.get('c'), [...sp].length);
u.href = 'http://z/?d=4';
console.log(sp.get('d'), sp === u.searchParams);
