// PerformanceObserver: entries arrive in a later turn, batched, sorted by
// start time; entryTypes vs type/buffered; takeRecords; disconnect.
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');
Error.stackTraceLimit = 0;
const names = (list) => list.map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' ');
performance.mark('before', { startTime: 1 });
let calls = 0;
const obs = new PerformanceObserver(function (list, observer) {
  calls++;
  console.log('callback', calls, list instanceof PerformanceObserverEntryList, observer === obs, this === obs);
  console.log(' all', names(list.getEntries()));
  console.log(' marks', names(list.getEntriesByType('mark')));
  console.log(' byName', names(list.getEntriesByName('m2')), names(list.getEntriesByName('m2', 'measure')));
  if (calls === 1) setTimeout(() => performance.mark('second-batch', { startTime: 5 }), 5);
  if (calls === 2) {
    observer.disconnect();
    performance.mark('after-disconnect', { startTime: 6 });
    setTimeout(() => console.log('calls', calls), 20);
  }
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m2', { startTime: 20 });
performance.mark('m1', { startTime: 10 });
performance.measure('m2', 'm1', 'm2');
console.log('synchronous: nothing yet', calls);

// type + buffered delivers what was recorded before observing.
const buffered = new PerformanceObserver((list) => {
  console.log('buffered', names(list.getEntries()));
  buffered.disconnect();
});
buffered.observe({ type: 'mark', buffered: true });

// takeRecords empties the queue; nothing is delivered afterwards.
const taker = new PerformanceObserver(() => console.log('taker callback (not expected)'));
taker.observe({ type: 'measure' });
performance.measure('taken', { start: 1, end: 3 });
console.log('took', names(taker.takeRecords()), taker.takeRecords().length);
taker.disconnect();

// Argument checks.
for (const fn of [() => new PerformanceObserver(), () => new PerformanceObserver('x'), () => obs.observe(),
  () => obs.observe('x'), () => obs.observe({}), () => obs.observe({ entryTypes: ['mark'], type: 'mark' }),
  () => obs.observe({ entryTypes: 'mark' })]) {
  try {
    fn();
    console.log('accepted');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
