// removeAllListeners: by name or everything, announcing each removal (last
// added first) when someone listens for 'removeListener'.
const EventEmitter = require('events');
const log = [];
function a() {}
function b() {}
function c() {}
const sym = Symbol('s');
const e = new EventEmitter();
e.on('x', a).on('x', b).once('x', c).on('y', a).on(sym, b);
console.log(e.removeAllListeners('nothing') === e, e.eventNames());
e.removeAllListeners('x');
console.log(e.eventNames(), e.listenerCount('x'));
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);

const r = new EventEmitter();
r.on('removeListener', (name, fn) => log.push(`${String(name)}:${fn.name}`));
r.on('x', a).on('x', b).once('x', c).on('y', a).on(sym, b);
r.removeAllListeners('x');
console.log(log.join(' '));
log.length = 0;
r.on('x', c);
r.removeAllListeners();
console.log(log.join(' '));
console.log(r.eventNames(), r.listenerCount('removeListener'));
log.length = 0;

// Removing everything inside a listener: the current emit still completes.
const m = new EventEmitter();
m.on('go', () => { log.push('one'); m.removeAllListeners('go'); });
m.on('go', () => log.push('two'));
m.emit('go');
console.log(log.join(' '), m.emit('go'));
log.length = 0;

// removeAllListeners with undefined is "the event named undefined", not all.
const u = new EventEmitter();
u.on('undefined', a);
u.on('keep', b);
u.removeAllListeners(undefined);
console.log(u.eventNames());

// newListener/removeListener registrations themselves.
const n = new EventEmitter();
n.on('newListener', () => {});
n.on('removeListener', (name) => log.push(`rm ${name}`));
n.on('q', a);
n.removeAllListeners();
console.log(log.join(' '), n.eventNames());
