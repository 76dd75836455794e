// memoryUsage(): the keys and that they are non-negative numbers.
const m = process.memoryUsage();
console.log(Object.keys(m).sort().join(','));
for (const k of Object.keys(m).sort()) {
  console.log(k, typeof m[k], Number.isFinite(m[k]) && m[k] >= 0);
}
console.log('rss > 0', m.rss > 0);
console.log('heapUsed > 0', m.heapUsed > 0);
console.log('heapTotal >= heapUsed', m.heapTotal >= m.heapUsed);
console.log('memoryUsage.rss()', typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
