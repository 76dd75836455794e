// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.CallTracker (deprecated, DEP0173): calls, getCalls, report, verify, reset and argument errors.
const assert = require('assert');
const { show } = require('./fixtures/show');
Error.stackTraceLimit = 0;
process.removeAllListeners('warning');
process.on('warning', (w) => console.log(`warning: ${w.name} ${w.code} ${w.message}`));
const tracker = new assert.CallTracker();
function add(a, b) { return a + b; }
const tracked = tracker.calls(add, 2);
console.log(tracked(1, 2), typeof tracked, tracked.name, tracked.length);
const noop = tracker.calls();
const three = tracker.calls(3);
console.log(JSON.stringify(tracker.getCalls(tracked)));
console.log(Object.isFrozen(tracker.getCalls(tracked)), Object.isFrozen(tracker.getCalls(tracked)[0]));
const rep = tracker.report();
console.log(rep.length);
for (const r of rep) console.log(r.message, r.actual, r.expected, r.operator, r.stack instanceof Error);
show('verify many', () => tracker.verify());
tracked(3, 4); noop(); three(); three(); three();
show('verify all ok', () => tracker.verify());
tracker.reset(tracked);
console.log(tracker.getCalls(tracked).length, tracker.getCalls(three).length);
show('verify one', () => tracker.verify());
try { tracker.verify(); } catch (e) { console.log(Object.keys(e).sort().join(',')); console.log(e['message 0'], e['actual 0'], e['expected 0'], e['operator 0']); }
tracker.reset();
console.log(tracker.getCalls(three).length);
const fail = (label, fn) => { try { fn(); console.log(`${label}: pass`); } catch (e) { console.log(`${label}: ${e.name} ${e.code}`); console.log(e.message); } };
fail('getCalls untracked', () => tracker.getCalls(add));
fail('reset untracked', () => tracker.reset(() => {}));
fail('expected 0', () => tracker.calls(add, 0));
fail('expected 1.5', () => tracker.calls(add, 1.5));
fail('expected string', () => tracker.calls(add, '1'));
fail('expected negative', () => tracker.calls(-1));
const t2 = new assert.CallTracker();
const m = t2.calls(function named() {}, 1);
console.log(t2.report()[0].message);
m.call({ self: 1 }, 'x');
console.log(JSON.stringify(t2.getCalls(m)));
console.log(typeof assert.CallTracker, assert.CallTracker.name);
