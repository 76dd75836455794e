// punycode.toASCII/toUnicode: domains, emails, IDNA separators, labels
// already in ASCII, and uppercase ACE prefixes.
// Node 22 warns DEP0040 on require; the default printer's pid varies.
process.removeAllListeners('warning');
const punycode = require('punycode');
const domains = ['mañana.com', 'bücher.example', 'user@bücher.example', 'a@b@ü.de', 'ascii.org', '', '.', 'ü.', '.ü',
  'ü\u3002ö\uff0eä\uff61x', 'UPPER.ü', '☃-⌘.com', 'xn--ls8h.la', 'ДОМЕН.рф', 'example.com.', 'a..b'];
for (const d of domains) {
  const a = punycode.toASCII(d);
  console.log(JSON.stringify(d), JSON.stringify(a), JSON.stringify(punycode.toUnicode(a)));
}
for (const d of ['xn--maana-pta.com', 'XN--MAANA-PTA.com', 'user@xn--bcher-kva.example', 'xn--ls8h.la', 'plain', 'xn--.com', 'xn--zz']) {
  try {
    console.log(JSON.stringify(d), JSON.stringify(punycode.toUnicode(d)));
  } catch (e) {
    console.log(JSON.stringify(d), e.name, e.message);
  }
}
