// url.format of WHATWG URL objects with its options, and urlToHttpOptions.
const url = require('url');
const urls = ['http://u:p@xn--mnchen-3ya.de:81/ä?q=1#h', 'https://a.test/', 'file:///x#y', 'foo://u@h/p?q#f',
  'mailto:x@y?s#f', 'http://[::1]:8/x?y#z', 'http://ÄÖ.com/', 'http://:p@h/'];
const opts = [undefined, {}, { auth: false }, { fragment: false }, { search: false }, { unicode: true },
  { auth: false, fragment: false, search: false, unicode: true }, { auth: 0, fragment: '', search: null, unicode: 1 }];
for (const s of urls) {
  const u = new URL(s);
  console.log(s);
  for (const o of opts) console.log('  ', JSON.stringify(o), url.format(u, o));
}
for (const bad of [1, 'str', true]) {
  try {
    url.format(new URL('http://x'), bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(url.format(new URL('http://x/'), null));
for (const s of ['http://u:p%40ss@h:8/p?q#f', 'https://[::1]/', 'http://h/', 'file:///a']) {
  console.log(url.urlToHttpOptions(new URL(s)));
}
console.log(url.format({ href: 'http://ignored/', protocol: 'http:' }));
