// WHATWG URL parsing of non-special schemes: opaque paths, empty hosts,
// case of hosts, relative resolution against opaque and hierarchical bases.
const inputs = [
  'mailto:Someone@Example.COM?subject=Hi There',
  'data:text/plain;base64,SGk=',
  'javascript:alert(1)  ',
  'urn:isbn:0451450523',
  'foo://HOST/Path/./x/../y',
  'foo://h:99/x', 'foo://h:0099/x',
  'foo:///x', 'foo:/x', 'foo:x', 'foo://', 'foo:', 'foo:/.//x',
  'foo://u:p@h/', 'foo://[::1]/', 'foo://ho st/', 'foo://h%20st/', 'foo://ä/',
  'git+ssh://git@github.com/a/b.git',
  'sc://ñ.test/', 'sc:\\../', 'sc::a@example.net',
  'non-spec:/.//p', 'non-spec:/..//p',
  'blob:https://example.com/uuid',
  'about:blank', 'tel:+1 555', 'a+b.c-d://x/',
  '1foo://x', 'fo o://x', ':x',
];
for (const s of inputs) {
  try {
    const u = new URL(s);
    console.log(JSON.stringify(s), JSON.stringify([u.href, u.protocol, u.host, u.port, u.pathname, u.search, u.hash, u.origin]));
  } catch (e) {
    console.log(JSON.stringify(s), 'invalid', e.code);
  }
}
for (const [r, b] of [['x', 'foo:/a/b'], ['x', 'foo:opaque'], ['#f', 'foo:opaque'], ['?q', 'foo:opaque'], ['//h/x', 'foo:/a'], ['../..', 'foo://h/a/b/c'], ['', 'data:x,y#z']]) {
  try {
    console.log(JSON.stringify(r), JSON.stringify(b), new URL(r, b).href);
  } catch (e) {
    console.log(JSON.stringify(r), JSON.stringify(b), 'invalid', e.code, e.input, e.base);
  }
}
