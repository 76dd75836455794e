// performance.mark and performance.measure in all their argument forms;
// only deterministic facts are printed (names, types, order, details, and
// durations computed from fixed start times).
const { performance, PerformanceMark, PerformanceMeasure, PerformanceEntry } = require('perf_hooks');
Error.stackTraceLimit = 0;
const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, r instanceof PerformanceEntry ? `${r.constructor.name} ${r.name} ${r.entryType} start=${r.startTime} dur=${r.duration} detail=${JSON.stringify(r.detail)}` : r);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
const m = performance.mark('plain');
console.log(m instanceof PerformanceMark, m instanceof PerformanceEntry, m.name, m.entryType, m.duration, m.detail, typeof m.startTime);
console.log(m.startTime >= 0, m.startTime <= performance.now());
show('mark a', () => performance.mark('a', { startTime: 10, detail: { step: 1 } }));
show('mark b', () => performance.mark('b', { startTime: 25.5 }));
show('mark c', () => performance.mark('c', { startTime: 40, detail: [1, 'two'] }));
show('mark number name', () => performance.mark(42, { startTime: 1 }));
show('mark no args', () => performance.mark());
show('mark bad options', () => performance.mark('x', 'str'));
show('mark bad startTime', () => performance.mark('x', { startTime: '5' }));
show('mark negative', () => performance.mark('x', { startTime: -1 }));
show('mark milestone', () => performance.mark('nodeStart'));
show('mark detail symbol', () => performance.mark('x', { detail: Symbol('s') }));
show('mark null options', () => performance.mark('n', null).detail);

show('measure a..b', () => performance.measure('m1', 'a', 'b'));
show('measure start/end', () => performance.measure('m2', { start: 'a', end: 'c', detail: 'why' }));
show('measure start+duration', () => performance.measure('m3', { start: 'b', duration: 5 }));
show('measure end+duration', () => performance.measure('m4', { end: 'c', duration: 10 }));
show('measure numbers', () => performance.measure('m5', { start: 3, end: 9 }));
show('measure end only', () => performance.measure('m6', { end: 'b' }));
show('measure missing mark', () => performance.measure('m7', 'nope'));
show('measure missing end', () => performance.measure('m7', 'a', 'nope'));
show('measure all three', () => performance.measure('m8', { start: 1, end: 2, duration: 1 }));
show('measure endMark with options', () => performance.measure('m9', { start: 'a' }, 'b'));
show('measure negative', () => performance.measure('m10', { start: -5, end: 2 }));
show('measure no name', () => performance.measure());
show('measure number name', () => performance.measure(5));
const open = performance.measure('open', 'a');
console.log('open-ended', open.startTime, typeof open.duration === 'number');
const fromZero = performance.measure('zero');
console.log('from zero', fromZero.startTime, fromZero.duration > 0, fromZero.detail);
// detail is a copy.
const detail = { n: 1 };
const withDetail = performance.mark('d', { detail, startTime: 1 });
detail.n = 2;
console.log(withDetail.detail, withDetail.detail === detail);
// The latest mark of a name is the one measure uses.
performance.mark('again', { startTime: 5 });
performance.mark('again', { startTime: 7 });
show('measure latest', () => performance.measure('latest', 'again', 'c'));
// Constructors.
show('new PerformanceMark', () => new PerformanceMark('direct', { startTime: 3 }));
show('new PerformanceMeasure', () => new PerformanceMeasure());
show('new PerformanceEntry', () => new PerformanceEntry());
show('new PerformanceMark()', () => new PerformanceMark());
