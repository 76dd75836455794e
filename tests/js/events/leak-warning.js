// The MaxListenersExceededWarning: once per event name and emitter, with
// the emitter's class and the limit in its text, for on/prepend/once alike.
const EventEmitter = require('events');
process.removeAllListeners('warning');
const warnings = [];
process.on('warning', (w) => {
  warnings.push(w);
  console.log(`${w.name}: ${w.message}`);
});
const e = new EventEmitter();
e.setMaxListeners(1);
e.on('a', () => {});
e.prependListener('a', () => {});
e.once('a', () => {});
e.on('b', () => {});
e.once('b', () => {});
const sym = Symbol('symbolic');
e.on(sym, () => {}).on(sym, () => {});
class Widget extends EventEmitter {}
const w = new Widget();
w.setMaxListeners(2);
for (let i = 0; i < 5; i++) w.on('many', () => {});
// Limit 0 means no limit.
const none = new EventEmitter();
none.setMaxListeners(0);
for (let i = 0; i < 20; i++) none.on('x', () => {});
// The default (10) counts: the 11th listener warns.
const def = new EventEmitter();
for (let i = 0; i < 11; i++) def.on('ten', () => {});
// Removing and re-adding under an already-warned name does not warn again,
// unless the array is rebuilt (all removed first).
const r = new EventEmitter();
r.setMaxListeners(1);
const f = () => {};
r.on('z', f).on('z', f);
r.off('z', f);
r.on('z', f);
r.removeAllListeners('z');
r.on('z', f).on('z', f);
// Emitters that name themselves via a plain object prototype.
const plain = Object.create(EventEmitter.prototype);
EventEmitter.call(plain);
plain.setMaxListeners(1);
plain.on('p', f).on('p', f);
setImmediate(() => {
  console.log(warnings.length);
  const first = warnings[0];
  console.log(first instanceof Error, first.emitter === e, first.type, first.count, Object.keys(first));
  console.log(warnings.map((x) => `${String(x.type)}=${x.count}`).join(' '));
});
