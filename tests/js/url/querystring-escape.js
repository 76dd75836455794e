// querystring.escape/unescape/unescapeBuffer: which characters escape,
// malformed input, '+' handling and non-string arguments.
const qs = require('querystring');
let row = '';
for (let c = 0; c < 128; c++) row += qs.escape(String.fromCharCode(c)) + ' ';
console.log(row);
console.log(qs.escape('é€😀'), qs.escape(123), qs.escape({ toString: () => 'o k' }), qs.escape([1, 2]), qs.escape(null), qs.escape(undefined));
for (const bad of ['\ud800', 'a\udc00']) {
  try {
    qs.escape(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  qs.escape();
} catch (e) {
  console.log('no arg', e.name, e.code, e.message);
}
try {
  qs.escape(Symbol('s'));
} catch (e) {
  console.log('symbol', e.name, e.code);
}
for (const s of ['a%20b', 'a+b', '%zz', '%', '%E2%82%AC', '%E2%82', '%F0%9F%98%80x', '%C3%28', 'é%41', '%%41', '%4', '%u0041', '']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)), qs.unescapeBuffer(s), qs.unescapeBuffer(s, true).toString());
}
console.log(qs.unescapeBuffer('a+b%2').length, Buffer.isBuffer(qs.unescapeBuffer('x')));
