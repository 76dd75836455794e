// punycode.encode/decode: RFC 3492 sample strings, round trips, mixed and
// astral input, and decode errors.
// Node 22 warns DEP0040 on require; the default printer's pid varies.
process.removeAllListeners('warning');
const punycode = require('punycode');
const samples = ['\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f',
  '\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587', 'Pro\u010dprost\u011bnemluv\u00ed\u010desky',
  '\u05dc\u05de\u05d4\u05d4\u05dd\u05e4\u05e9\u05d5\u05d8\u05dc\u05d0\u05de\u05d3\u05d1\u05e8\u05d9\u05dd\u05e2\u05d1\u05e8\u05d9\u05ea',
  '3\u5e74B\u7d44\u91d1\u516b\u5148\u751f', '-> $1.00 <-', 'a', '', 'ü', 'üü', 'abc-def', '-', '--', 'a-', '\ud83d\ude00\ud83d\udc4d',
  'MajiでKoiする5秒前', 'パフィーdeルンバ', 'そのスピードで', 'Hello-Another-Way-それぞれの場所', '\u0000\u007f'];
for (const s of samples) {
  const e = punycode.encode(s);
  console.log(JSON.stringify(s), JSON.stringify(e), punycode.decode(e) === s);
}
for (const s of ['egbpdaj6bu4bxfgehfvwxn', 'Proprostnemluvesky-uyb24dma41a', 'bcher-kva', 'BCHER-KVA', 'abc-', '-abc', 'a-b-c-',
  'ü-x', 'zzzzzzzzzzzzzzzz', '99999999999', '!', 'xn--a', 'A', '']) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(punycode.decode(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.message);
  }
}
