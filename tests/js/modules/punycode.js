// node:punycode: RFC 3492 round trips and the domain helpers.
const punycode = require('punycode');
for (const s of ['mañana', 'bücher', '他们为什么不说中文', 'ليهمابتكلموشعربي؟', 'abc', '😀x', '']) {
  const e = punycode.encode(s);
  console.log(JSON.stringify(s), e, punycode.decode(e) === s);
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('user@bücher.example'), punycode.toASCII('ascii.org'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('xn--bcher-kva.example'));
console.log(punycode.ucs2.decode('a😀'), punycode.ucs2.encode([97, 0x1f600]), punycode.version);
try {
  punycode.decode('ü-abc');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  punycode.decode('99999999999');
} catch (e) {
  console.log(e.name, e.message);
}
