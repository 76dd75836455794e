// WHATWG URL and URLSearchParams: parsing, relative resolution, IDNA,
// setters, search params kept in sync, errors, and node:url helpers.
const url = require('url');
const u = new URL('https://user:pa ss@EXAMPLE.com:8080/a/./b/../c?x=1&y=two words#frag');
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
  console.log(k, JSON.stringify(u[k]));
}
console.log(new URL('../x?q#h', 'http://h.test/a/b/c').href);
console.log(new URL('HTTP://münchen.de/ü').href, new URL('http://[::1]:80/').href);
console.log(new URL('file:///tmp/a b.txt').pathname, new URL('data:text/plain,hi').pathname);
u.pathname = '/new path';
u.search = '?k=v';
u.hash = 'h2';
u.port = '443';
u.protocol = 'http';
u.hostname = 'other.test';
console.log(u.href);
const p = u.searchParams;
p.append('a b', 'c&d');
p.set('k', 'w');
console.log(u.search, p.get('k'), p.getAll('a b'), p.has('zz'), p.size);
u.search = '?z=1&z=2';
console.log([...p], p.toString());
const sp = new URLSearchParams({ b: '2', a: '1 +é' });
sp.sort();
console.log(sp.toString(), [...new URLSearchParams([['x', '1'], ['y', '2']]).keys()]);
console.log(new URLSearchParams('?q=%E2%82%AC&r=a+b&bad=%zz').get('q'), new URLSearchParams('r=a+b').get('r'), new URLSearchParams('bad=%zz').get('bad'));
for (const bad of ['not a url', 'http://[::1', 'http://exa mple.com']) {
  try {
    new URL(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message, e.input);
  }
}
console.log(URL.canParse('x', 'http://a'), URL.canParse('x'));
console.log(url.fileURLToPath('file:///tmp/a%20b.txt'), url.pathToFileURL('/tmp/a b#?.txt').href);
try {
  url.fileURLToPath('http://x/y');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')));
console.log(url.format(new URL('http://u:p@x.test/p?q#f'), { auth: false, fragment: false }));
console.log(JSON.stringify(new URL('http://a.test/p')), String(new URL('http://a.test')));
console.log(new URL('http://a.test/?x=1'));
