// Legacy url.format of plain objects, Url objects and strings: which
// fields win, slashes, escaping of auth/pathname/search, query objects.
const url = require('url');
const objects = [
  { protocol: 'http', host: 'a.com', pathname: '/p' },
  { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: 'p', search: 'q=1', hash: 'h' },
  { protocol: 'https', host: 'x', hostname: 'ignored', port: 1, pathname: '/' },
  { protocol: 'mailto', pathname: 'user@example.com' },
  { protocol: 'mailto', slashes: true, host: 'x' },
  { protocol: 'file', pathname: '/etc/passwd' },
  { protocol: 'file:', host: 'h', pathname: 'x' },
  { protocol: 'fileish', pathname: '/x' },
  { protocol: 'http', hostname: '::1', port: 80, pathname: '/v6' },
  { protocol: 'http', hostname: '[::1]', pathname: '/v6b' },
  { protocol: 'http', host: 'h', auth: 'user:pa ss@#?/é', pathname: '/' },
  { protocol: 'http', host: 'h', pathname: '/a#b?c', search: '?d#e', hash: 'f#g' },
  { protocol: 'http', host: 'h', query: { a: '1', b: ['x', 'y'], c: '' } },
  { protocol: 'http', host: 'h', search: '?s=1', query: { q: '2' } },
  { protocol: 'http', host: 'h', query: 'not-an-object' },
  { protocol: 'http', host: 'h', query: null, search: '' },
  { host: 'only.host', pathname: '/p' },
  { slashes: true, host: 'h', pathname: 'p' },
  { pathname: 'a/b', search: 'x' },
  { hash: '#only' },
  {},
  { protocol: 'javascript', pathname: 'alert(1)' },
  { protocol: 'HTTP', host: 'H.com' },
  { href: 'http://ignored/', pathname: '/used' },
];
for (const o of objects) console.log(JSON.stringify(o), '->', JSON.stringify(url.format(o)));
for (const s of ['http://a.com/b c?d e#f g', 'HTTP://X.COM', '//h/p', 'mailto:a@b']) {
  console.log('string', JSON.stringify(s), url.format(s));
}
const parsed = url.parse('http://u:p@h.com:81/a/b?c=d#e');
console.log(parsed.format(), url.format(parsed));
parsed.search = null;
parsed.query = { z: 1 };
parsed.host = null;
console.log(url.format(parsed));
for (const bad of [undefined, null, 42, true]) {
  try {
    url.format(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  url.format({ auth: 'a\ud800', host: 'h' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(url.format(new URL('http://a.test/x')), url.format(url.parse('/rel?x#y')));
