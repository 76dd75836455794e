// uptime() is a positive number of seconds that grows.
const u = process.uptime();
console.log(typeof u, u > 0, u < 60);
let x = 0;
for (let i = 0; i < 100000; i++) x += i;
console.log('grows', process.uptime() >= u);
