// performance: a monotonic now(), timeOrigin near Date.now(), marks and measures.
const { performance, PerformanceMark } = require('perf_hooks');
console.log(globalThis.performance === performance);
const t0 = performance.now();
let x = 0;
for (let i = 0; i < 1e5; i++) x += i;
const t1 = performance.now();
console.log(typeof t0, t1 >= t0, Math.abs(performance.timeOrigin + t1 - Date.now()) < 1000);
const m = performance.mark('start', { detail: { k: 1 } });
console.log(m instanceof PerformanceMark, m.name, m.entryType, m.detail);
performance.mark('end');
const ms = performance.measure('span', 'start', 'end');
console.log(ms.name, ms.entryType, ms.duration >= 0);
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
console.log(performance.getEntriesByType('mark').length, performance.getEntriesByName('span').length);
try {
  performance.measure('bad', 'nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
