// Ways to make an emitter: class extends, util.inherits, EventEmitter.call
// on an old-style constructor, Object.create of the prototype.
const EventEmitter = require('events');
const util = require('util');

class Modern extends EventEmitter {
  constructor(name) {
    super({ captureRejections: false });
    this.name = name;
  }
  greet() { this.emit('greet', this.name); }
}
const m = new Modern('modern');
m.on('greet', (n) => console.log('hello', n));
m.greet();
console.log(m instanceof EventEmitter, m.constructor.name, Object.keys(m));

function Legacy(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Legacy, EventEmitter);
Legacy.prototype.greet = function () { this.emit('greet', this.name); };
const l = new Legacy('legacy');
l.on('greet', (n) => console.log('hello', n));
l.greet();
console.log(l instanceof EventEmitter, Legacy.super_ === EventEmitter, Object.keys(l));
console.log(l);

// Without calling the constructor, the first on() creates _events lazily.
function Lazy() {}
util.inherits(Lazy, EventEmitter);
const z = new Lazy();
console.log(Object.keys(z), z._events, z._eventsCount, z.listenerCount('x'), z.eventNames(), z.emit('x'));
z.on('x', () => console.log('lazy listener'));
z.emit('x');
console.log(Object.keys(z), z.listeners('x').length);
try {
  new Lazy().emit('error', new Error('lazy error'));
} catch (err) {
  console.log('thrown', err.message);
}
console.log(new Lazy().removeAllListeners().removeListener('x', () => {}) instanceof Lazy);

// Object.create + init.
const o = Object.create(EventEmitter.prototype);
EventEmitter.init.call(o);
o.on('y', () => console.log('object.create works'));
o.emit('y');

// A constructor that prefills _events keeps it ("shape mode"): removed
// listeners leave undefined slots behind.
function Prefilled() {
  this._events = { __proto__: null, ready: undefined, data: undefined };
  EventEmitter.call(this);
}
util.inherits(Prefilled, EventEmitter);
const p = new Prefilled();
const h = () => {};
p.on('data', h);
console.log(p._eventsCount, p.listenerCount('data'), p.eventNames());
p.off('data', h);
console.log(p._eventsCount, p.listenerCount('data'), Object.keys(p._events), p._events.data);
p.on('data', h).removeAllListeners();
console.log(Object.keys(p._events), p._eventsCount);

// Overriding emit in a subclass and calling super.emit.
class Logged extends EventEmitter {
  emit(type, ...args) {
    console.log('emit', type, args);
    return super.emit(type, ...args);
  }
}
const lg = new Logged();
lg.on('x', () => {});
console.log(lg.emit('x', 1), lg.emit('nobody'));
// newListener is emitted through the overridden emit.
lg.on('newListener', () => {});
lg.on('z', () => {});

// Mixing into a plain object by copying methods.
const mixed = { name: 'mixed' };
Object.assign(mixed, EventEmitter.prototype);
EventEmitter.call(mixed);
mixed.on('m', function () { console.log('mixed this', this.name); });
mixed.emit('m');
