// performance.timerify: the wrapper's name/length, this/new handling,
// and 'function' entries for observers (not kept in the timeline).
const { performance, PerformanceObserver } = require('perf_hooks');
Error.stackTraceLimit = 0;
function add(a, b) { return a + b; }
const t = performance.timerify(add);
console.log(t.name, t.length, t(2, 3), t !== add);
class Point {
  constructor(x) { this.x = x; }
}
const TP = performance.timerify(Point);
const p = new TP(4);
console.log(p instanceof Point, p.x, TP.name);
const obj = { v: 7, get: performance.timerify(function getV() { return this.v; }) };
console.log(obj.get());
const seen = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) seen.push(`${e.entryType}:${e.name}:${typeof e.duration}:${e.duration >= 0}`);
  console.log(seen.join(' '));
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
t(1, 1);
new TP(1);
console.log(performance.getEntriesByType('function').length);
for (const args of [[], ['fn'], [add, 'opts'], [add, null]]) {
  try {
    performance.timerify(...args);
    console.log('accepted');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
// Errors thrown by the function pass through.
const boom = performance.timerify(() => { throw new Error('inside'); });
try {
  boom();
} catch (err) {
  console.log('passed through', err.message);
}
