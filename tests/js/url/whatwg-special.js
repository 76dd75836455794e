// WHATWG URL parsing of special schemes (http, https, ws, wss, ftp, file):
// normalisation of scheme, host, port, path dots and slashes.
const inputs = [
  'HTTP://EXAMPLE.COM:80/A/./B/../C',
  'https://example.com:443/',
  'https://example.com:0443/',
  'http://example.com:8080/',
  'ws://x:80', 'wss://x:443/', 'ftp://x:21/f', 'ftp://u:p@x:2121/f',
  'http:\\\\host\\path\\x',
  'http:/host/p', 'http:host/p', 'http:////host//p',
  '  http://host/ws  ',
  'http://host/a\tb\nc\rd',
  'http://host/%2e/x/%2E%2e/y',
  'http://host/a/b/..',
  'http://host/a/b/.',
  'http://host/..//x',
  'http://host?q', 'http://host#h',
  'http://host/?#',
  'http://user@host', 'http://:pass@host', 'http://@host', 'http://u:@host',
  'http://host:65535', 'http://host:65536', 'http://host:-1', 'http://host:1a',
  'http://', 'http:///', 'http://?x', 'http://#x', 'https://[::1]:443',
  'file:///C:/x/../..', 'file://localhost/x', 'file://host/x', 'file:/x', 'file:x', 'file:', 'FILE:///X',
  'file:///a/b/../../..', 'file://C:/x', 'file:///C|/x',
  'http://host/päth?qüery#frägment',
  'http://host/ "<>`{}|\\^',
  'http://host/?a "<>`{}\'',
  'http://host/# "<>`{}',
];
for (const s of inputs) {
  try {
    const u = new URL(s);
    console.log(JSON.stringify(s), u.href, u.host, JSON.stringify(u.port), u.pathname, u.origin);
  } catch (e) {
    console.log(JSON.stringify(s), 'invalid', e.code);
  }
}
const rel = ['..', './x', '//other/p', '/abs', '?q', '#h', '', 'x:y', 'http:rel', 'https:rel', '\\back', '../../../../z'];
for (const r of rel) {
  const base = 'http://h/a/b/c?base#frag';
  console.log(JSON.stringify(r), new URL(r, base).href);
}
console.log(new URL('file:foo', 'file:///a/b').href, new URL('/x', 'file://h/a').href, new URL('..', 'file:///C:/').href);
