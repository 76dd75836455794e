// punycode.ucs2: surrogate pairs, lone surrogates, code points above
// U+FFFF and the module's exports.
// Node 22 warns DEP0040 on require; the default printer's pid varies.
process.removeAllListeners('warning');
const punycode = require('punycode');
for (const s of ['abc', '\ud834\udf06', '\ud834', '\udf06', 'a\ud834b', '\udf06\ud834', '\ud83d\ude00\ud83d', '']) {
  const cps = punycode.ucs2.decode(s);
  console.log(JSON.stringify(s), cps, punycode.ucs2.encode(cps) === s);
}
console.log(punycode.ucs2.encode([0x61, 0x1d306, 0x62]), punycode.ucs2.encode([0xd800, 0xdc00]), JSON.stringify(punycode.ucs2.encode([0xd800])));
console.log(Object.keys(punycode).sort().join(), Object.keys(punycode.ucs2).join(), punycode.version);
try {
  punycode.ucs2.encode([0x110000]);
} catch (e) {
  console.log(e.name, e.message);
}
const arr = [0x61, 0x62];
punycode.ucs2.encode(arr);
console.log(arr);
