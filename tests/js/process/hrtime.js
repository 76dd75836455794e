// process.hrtime(): [seconds, nanoseconds], diff form, monotonic.
const t0 = process.hrtime();
console.log('array', Array.isArray(t0), 'length', t0.length);
console.log('integers', t0.every(Number.isInteger));
console.log('ns in range', t0[1] >= 0 && t0[1] < 1e9);
let x = 0;
for (let i = 0; i < 100000; i++) x += i;
const d = process.hrtime(t0);
console.log('diff length', d.length, 'integers', d.every(Number.isInteger));
console.log('diff non-negative', d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
console.log('diff small', d[0] < 5);
const t1 = process.hrtime();
const later = t1[0] > t0[0] || (t1[0] === t0[0] && t1[1] >= t0[1]);
console.log('monotonic', later);
let mono = true;
let prev = process.hrtime();
for (let i = 0; i < 1000; i++) {
  const now = process.hrtime();
  if (now[0] < prev[0] || (now[0] === prev[0] && now[1] < prev[1])) mono = false;
  prev = now;
}
console.log('1000 reads monotonic', mono);
