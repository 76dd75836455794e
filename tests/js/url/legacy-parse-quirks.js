// Legacy url.parse quirks: whitespace trimming, backslashes, auto-escaping,
// parseQueryString, slashesDenoteHost, hostname limits and refused hosts.
const url = require('url');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const show = (label, u) => console.log(label, JSON.stringify(u));
show('trim', url.parse(' \t http://x.com/a b \n\u00a0\ufeff'));
show('inner ws', url.parse('http://x.com/a\tb c\nd'));
show('backslash', url.parse('http:\\\\evil.com\\foo\\bar?x\\y#z\\w'));
show('backslash rel', url.parse('\\\\server\\share'));
show('backslash after hash', url.parse('/a#b\\c'));
show('simple path quote', url.parse('/a"b\'c'));
show('simple path ws', url.parse('/a b'));
show('escape hash', url.parse('http://x/a#b c"d'));
show('escape query', url.parse('http://x/a?b c"d{}'));
show('js no escape', url.parse('javascript:alert("a b")'));
show('js slashes', url.parse('javascript://x/y'));
for (const q of ['/p?a=1&b=2&a=3', 'http://x/p?a=%20b&c', 'http://x/p', 'http://x/p?', '/p', 'http://x/p?x=1#h']) {
  const u = url.parse(q, true);
  console.log('qs', JSON.stringify(q), u.search, JSON.stringify(u.query), Object.getPrototypeOf(u.query) === null, u.path);
}
for (const s of ['//foo/bar', '//foo', 'foo/bar', '//u@h/p', '/\\/foo/bar', '//foo?x#y']) {
  show(`sdh ${s}`, url.parse(s, false, true));
  show(`nosdh ${s}`, url.parse(s));
}
const long = 'a'.repeat(256);
show('long host', url.parse(`http://${long}/x`));
show('255 host', url.parse(`http://${'b'.repeat(255)}/x`).hostname.length);
for (const bad of ['http://a[b]/', 'http://[a b]/', 'http://[::1]x/', 'http://%41.com/', 'http://a.com%2F/', 'http://xn--iñvalid.com/', 'http://a\u3002b/']) {
  try {
    show(`host ${JSON.stringify(bad)}`, url.parse(bad));
  } catch (e) {
    console.log('host', JSON.stringify(bad), e.name, e.code, e.message, e.input === bad);
  }
}
try {
  url.parse('http://%zz@host/');
} catch (e) {
  console.log('bad auth', e.name, e.message);
}
show('auth decoded', url.parse('http://a%20b:c%40d@h/'));
for (const v of [undefined, null, 5, {}, ['a']]) {
  try {
    url.parse(v);
  } catch (e) {
    console.log('type', e.name, e.code, e.message);
  }
}
const u = url.parse('http://x/');
console.log(url.parse(u) === u, u instanceof url.Url, Object.keys(u).join());
const blank = new url.Url();
console.log(JSON.stringify(blank), blank.parse('http://y/z') === blank, blank.href);
