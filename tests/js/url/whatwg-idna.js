// IDNA in WHATWG URLs and url.domainToASCII/domainToUnicode: mapping,
// punycode, invalid labels and round trips.
const url = require('url');
const domains = ['español.com', 'EXAMPLE.com', 'mañana.com', 'bücher.de', 'ß.de', 'ﬀ.com', 'Ⅻ.com', '日本語.jp',
  'xn--espaol-zwa.com', 'xn--iñvalid.com', 'xn--zz', 'a..b', '', 'a b', '-a-.com', 'a_b.com',
  'xn--mnchen-3ya.de', 'straße.de', 'faß.de', '👍.ws', 'xn--', 'a.b.c.d', '127.0.0.1', '0x7f.1', '[::1]'];
for (const d of domains) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
for (const d of ['münchen.de', 'xn--mnchen-3ya.de', 'ＥＸＡＭＰＬＥ.ＣＯＭ', 'Σίσυφος.gr']) {
  const u = new URL(`https://${d}/`);
  console.log(u.hostname, url.format(u, { unicode: true }), url.domainToUnicode(u.hostname));
}
try {
  url.domainToASCII();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(url.domainToASCII(42), url.domainToUnicode(null));
