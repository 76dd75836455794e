// ms: parse duration strings to milliseconds and format milliseconds back.
const ms = require('ms');

const inputs = ['2 days', '1d', '10h', '2.5 hrs', '2h', '1m', '5s', '1y', '100', '-3 days', '-1h', '-200', '1.5w',
  '53 milliseconds', '17 msecs', '1 sec', '1 min', '1 hr', '.5ms', '1   s', 'x', '', '1 lightyear'];
for (const s of inputs) {
  try {
    console.log(JSON.stringify(s), '->', ms(s));
  } catch (e) {
    console.log(JSON.stringify(s), 'throws', e.message);
  }
}
const values = [0, 500, 1000, 59999, 60000, 3600000, 86400000, 86400000 * 3.4, -86400000, 2 ** 31, 1e12, 234234234];
for (const v of values) {
  console.log(v, 'short', ms(v), 'long', ms(v, { long: true }));
}
for (const bad of [undefined, null, [], {}, NaN, Infinity]) {
  try { ms(bad); console.log('no throw'); } catch (e) { console.log('bad', String(bad), e.message); }
}
try { ms('a'.repeat(101)); } catch (e) { console.log('long string', e.message); }
console.log('long string result', ms('1'.repeat(101)));
