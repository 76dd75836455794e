// getEntries/getEntriesByName/getEntriesByType (sorted by start time),
// clearMarks/clearMeasures, toJSON and how entries print.
const { performance } = require('perf_hooks');
Error.stackTraceLimit = 0;
const names = (list) => list.map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' ');
performance.mark('late', { startTime: 30 });
performance.mark('early', { startTime: 10 });
performance.mark('mid', { startTime: 20, detail: { why: 'middle' } });
performance.measure('span', 'early', 'late');
performance.measure('tail', { start: 'mid', end: 'late' });
performance.mark('early', { startTime: 5 });
console.log(names(performance.getEntries()));
console.log(names(performance.getEntriesByType('mark')));
console.log(names(performance.getEntriesByType('measure')));
console.log(names(performance.getEntriesByType('resource')), names(performance.getEntriesByType('nope')));
console.log(names(performance.getEntriesByName('early')));
console.log(names(performance.getEntriesByName('early', 'measure')), names(performance.getEntriesByName('span', 'measure')));
console.log(performance.getEntries() !== performance.getEntries());
for (const fn of [() => performance.getEntriesByName(), () => performance.getEntriesByType()]) {
  try {
    fn();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const mark = performance.getEntriesByName('mid')[0];
console.log(mark.toJSON());
console.log(JSON.stringify(mark));
console.log(mark);
console.log(performance.getEntriesByName('span')[0]);
console.log(Object.keys(mark), Object.keys(mark.toJSON()));
performance.clearMarks('early');
console.log(names(performance.getEntries()));
try {
  performance.measure('after clear', 'early');
} catch (err) {
  console.log(err.name, err.message);
}
performance.clearMeasures('span');
console.log(names(performance.getEntries()));
try {
  performance.clearMarks('nodeStart');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
performance.clearMarks();
console.log(names(performance.getEntries()));
performance.clearMeasures();
console.log(performance.getEntries().length, performance.clearMarks(), performance.clearMeasures('none'));
const json = performance.toJSON();
console.log(typeof json.timeOrigin, json.timeOrigin === performance.timeOrigin);
console.log(typeof performance.now(), performance.now() >= 0, performance.timeOrigin > 1.6e12);
const a = performance.now();
const b = performance.now();
console.log(b >= a, Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
