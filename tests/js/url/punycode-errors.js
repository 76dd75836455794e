// punycode error cases: overflow, non-basic code points, invalid digits,
// and non-string input.
// Node 22 warns DEP0040 on require; the default printer's pid varies.
process.removeAllListeners('warning');
const punycode = require('punycode');
const bad = ['\u00ff-', 'a\u0100-b', '9999999999a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '-9', '\u0080', 'ab-@', 'xyz~'];
for (const s of bad) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(punycode.decode(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.message, e instanceof RangeError);
  }
}
try {
  console.log(punycode.encode(String.fromCodePoint(0x10ffff).repeat(3)));
} catch (e) {
  console.log(e.name, e.message);
}
for (const v of [123, null]) {
  try {
    console.log(punycode.toASCII(v));
  } catch (e) {
    console.log(typeof v, e.name);
  }
}
