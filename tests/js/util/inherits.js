// util.inherits: prototype wiring, super_, and its argument errors.
const util = require('util');
const log = (...a) => console.log(...a);

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('Rex');
log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
log(Object.getOwnPropertyDescriptor(Dog, 'super_'));
log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype, Dog.prototype.constructor === Dog);
log(util.inspect(d));
class Base {}
function Legacy() {}
util.inherits(Legacy, Base);
log(new Legacy() instanceof Base);
const EventEmitter = require('events');
function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
const e = new Emitter();
e.on('x', (v) => log('emitted', v));
e.emit('x', 1);
const cases = [
  [undefined, Animal],
  [null, Animal],
  [function () {}, undefined],
  [function () {}, null],
  [function () {}, {}],
  [function () {}, Object.assign(function () {}, { prototype: undefined })],
  ['str', Animal],
  [Dog, 'str'],
];
for (const [ctor, superCtor] of cases) {
  try {
    util.inherits(ctor, superCtor);
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.code ? err.message : '(engine message)');
  }
}
