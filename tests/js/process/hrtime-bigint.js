// process.hrtime.bigint() returns nanoseconds as a bigint.
const a = process.hrtime.bigint();
console.log(typeof a);
const b = process.hrtime.bigint();
console.log('b >= a', b >= a);
console.log('positive', a > 0n);
console.log('typeof diff', typeof (b - a));
