// removeListener/off: the most recent matching registration goes, once
// wrappers are found by their original function, 'removeListener' is
// announced after the removal.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('removeListener', (name, fn) => log.push(`removed ${String(name)} ${fn.name}`));
function a() { log.push('a'); }
function b() { log.push('b'); }
function c() { log.push('c'); }
e.on('x', a).on('x', b).on('x', a).once('x', c);
console.log(e.off('x', a) === e, e.listeners('x').map((f) => f.name));
e.removeListener('x', c);
console.log(e.listeners('x').map((f) => f.name), log.join(' | '));
log.length = 0;
// Removing something never added, or from an unknown event, is a no-op.
e.removeListener('x', function nope() {});
e.removeListener('unknown', a);
console.log(e.listeners('x').map((f) => f.name), log.length);
e.off('x', b);
console.log(e.rawListeners('x').map((f) => f.name), log.join(' | '));
log.length = 0;
e.off('x', a);
console.log(e.eventNames(), log.join(' | '));
log.length = 0;

// Removing the wrapper itself (from rawListeners) also works; the event
// carries what was passed.
const w = new EventEmitter();
w.on('removeListener', (name, fn) => log.push(`${name}:${fn.name}:${typeof fn.listener}`));
w.once('y', a);
w.once('y', b);
const [wa, wb] = w.rawListeners('y');
w.removeListener('y', wb);
w.removeListener('y', wa);
console.log(log.join(' | '), w.listenerCount('y'));
log.length = 0;

// A once listener removes itself before it runs.
const o = new EventEmitter();
o.on('removeListener', (name) => log.push(`gone ${name} count=${o.listenerCount(name)}`));
o.once('z', () => log.push(`running count=${o.listenerCount('z')}`));
o.emit('z');
console.log(log.join(' | '));
log.length = 0;

// Removing a listener from inside an emit does not stop it for that emit.
const r = new EventEmitter();
function r1() { log.push('r1'); r.off('go', r2); }
function r2() { log.push('r2'); }
r.on('go', r1).on('go', r2);
r.emit('go');
r.emit('go');
console.log(log.join(' '));
log.length = 0;

// 'removeListener' listeners can remove themselves.
const s = new EventEmitter();
function selfRemoving(name) { log.push(`self ${name}`); }
s.on('removeListener', selfRemoving);
s.on('k', a);
s.off('k', a);
s.off('removeListener', selfRemoving);
console.log(log.join(' | '), s.eventNames());

// Bad listeners.
for (const bad of [undefined, null, 'str', 42, {}]) {
  try {
    e.removeListener('x', bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
