// golden: hand-written
// The perf_hooks classes: who may construct them, prototype chains,
// getters, the global performance object.
const perf = require('perf_hooks');
Error.stackTraceLimit = 0;
const { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure,
  PerformanceObserver, PerformanceObserverEntryList } = perf;
console.log(Object.keys(perf));
console.log(performance === globalThis.performance, performance instanceof Performance, performance instanceof EventTarget);
console.log(Object.prototype.toString.call(performance));
for (const [label, make] of [['Performance', () => new Performance()], ['PerformanceEntry', () => new PerformanceEntry()],
  ['PerformanceMeasure', () => new PerformanceMeasure()], ['PerformanceObserverEntryList', () => new PerformanceObserverEntryList()],
  ['PerformanceResourceTiming', () => new perf.PerformanceResourceTiming()]]) {
  try {
    make();
    console.log(label, 'constructed');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const m = new PerformanceMark('made', { startTime: 2, detail: 'd' });
console.log(m.name, m.startTime, m.detail, performance.getEntriesByName('made').length);
console.log(Object.getPrototypeOf(PerformanceMark.prototype) === PerformanceEntry.prototype,
  Object.getPrototypeOf(PerformanceMeasure.prototype) === PerformanceEntry.prototype);
console.log(['name', 'entryType', 'startTime', 'duration'].map((k) => typeof Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, k).get));
console.log(typeof Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').get);
// The getters check their receiver.
for (const fn of [() => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}),
  () => Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').get.call({})]) {
  try {
    fn();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(typeof performance.mark, typeof performance.timerify, typeof PerformanceObserver.supportedEntryTypes);
console.log(PerformanceObserver.supportedEntryTypes.includes('mark'), PerformanceObserver.supportedEntryTypes.includes('measure'),
  Object.isFrozen(PerformanceObserver.supportedEntryTypes));
console.log(perf.constants.NODE_PERFORMANCE_GC_MAJOR, perf.constants.NODE_PERFORMANCE_GC_FLAGS_FORCED);
console.log(require('node:perf_hooks') === perf);
