// punycode round trips over generated strings across the BMP and astral
// planes, and the relation to url.domainToASCII for simple labels.
// Node 22 warns DEP0040 on require; the default printer's pid varies.
process.removeAllListeners('warning');
const punycode = require('punycode');
let ok = 0;
const lens = [];
for (let i = 0; i < 200; i++) {
  let s = '';
  for (let j = 0; j < (i % 13) + 1; j++) {
    const cp = [0x61 + ((i * 7 + j) % 26), 0xe0 + ((i + j * 3) % 30), 0x4e00 + ((i * 31 + j * 17) % 500), 0x1f600 + ((i + j) % 40)][(i + j) % 4];
    s += String.fromCodePoint(cp);
  }
  const e = punycode.encode(s);
  if (punycode.decode(e) === s) ok++;
  lens.push(e.length);
}
console.log(ok, lens.join(','));
const url = require('url');
for (const label of ['münchen', 'español', 'ñandú', 'café']) {
  console.log(label, punycode.toASCII(`${label}.com`), url.domainToASCII(`${label}.com`));
}
