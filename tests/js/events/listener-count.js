// listenerCount (with and without a listener to match), the static
// EventEmitter.listenerCount, listeners() and rawListeners().
const EventEmitter = require('events');
const e = new EventEmitter();
function a() {}
function b() {}
console.log(e.listenerCount('x'), e.listenerCount('x', a), EventEmitter.listenerCount(e, 'x'));
e.on('x', a);
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b), e.listenerCount('x', null));
e.once('x', a).on('x', b).prependOnceListener('x', b);
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b), e.listenerCount('x', undefined));
const wrappers = e.rawListeners('x');
console.log(wrappers.map((f) => f.name), e.listeners('x').map((f) => f.name));
console.log(e.listenerCount('x', wrappers[0]), e.listenerCount('x', wrappers[1]));
console.log(EventEmitter.listenerCount(e, 'x'), e.listenerCount('y'), e.listenerCount(Symbol('x')));
// A single once listener.
const s = new EventEmitter();
s.once('one', a);
console.log(s.listenerCount('one', a), s.listenerCount('one', s.rawListeners('one')[0]), s.listenerCount('one', b));
// The arrays returned are copies.
const copy = e.listeners('x');
copy.push(a);
const raw = e.rawListeners('x');
raw.length = 0;
console.log(e.listenerCount('x'));
// Calling a once wrapper from rawListeners runs and removes it; a second
// call does nothing.
const w = new EventEmitter();
let runs = 0;
w.once('w', (v) => { runs++; return `ret ${v}`; });
const [wrapper] = w.rawListeners('w');
console.log(typeof wrapper.listener, wrapper.listener === w.listeners('w')[0]);
console.log(wrapper('first'), wrapper('again'), runs, w.listenerCount('w'));
// Static listenerCount works on emitter-likes without the method.
const fake = { _events: { z: [a, b, a] } };
console.log(EventEmitter.listenerCount(fake, 'z'));
const withMethod = { listenerCount: (t) => `custom ${t}` };
console.log(EventEmitter.listenerCount(withMethod, 'q'));
// eventNames lists strings then symbols in insertion order per kind.
const n = new EventEmitter();
const s1 = Symbol('s1');
n.on(s1, a).on('b', a).on('a', a).on('1', a).on(Symbol('s2'), a);
console.log(n.eventNames());
n.off('b', a);
n.off(s1, a);
console.log(n.eventNames(), new EventEmitter().eventNames());
