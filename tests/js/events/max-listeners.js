// setMaxListeners/getMaxListeners and EventEmitter.defaultMaxListeners:
// validation, 0 and Infinity meaning unlimited, the default followed until
// an emitter sets its own.
const EventEmitter = require('events');
Error.stackTraceLimit = 0;
const show = (fn) => {
  try {
    console.log('ok', fn());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners, e._maxListeners);
console.log(e.setMaxListeners(3) === e, e.getMaxListeners(), e._maxListeners);
for (const v of [-1, NaN, '5', null, undefined, 1n, {}, -Infinity]) show(() => e.setMaxListeners(v));
show(() => e.setMaxListeners(0).getMaxListeners());
show(() => e.setMaxListeners(Infinity).getMaxListeners());
show(() => e.setMaxListeners(2.5).getMaxListeners());

// The default applies to emitters that did not choose their own.
const d = new EventEmitter();
show(() => { EventEmitter.defaultMaxListeners = 4; return [d.getMaxListeners(), e.getMaxListeners()]; });
for (const v of [-1, NaN, '5', null, undefined, {}]) show(() => { EventEmitter.defaultMaxListeners = v; });
console.log(EventEmitter.defaultMaxListeners);
// The static events.getMaxListeners agrees.
show(() => EventEmitter.getMaxListeners(d));
show(() => EventEmitter.getMaxListeners(e));
show(() => EventEmitter.getMaxListeners({}));
show(() => EventEmitter.getMaxListeners('str'));
show(() => EventEmitter.getMaxListeners({ getMaxListeners() { return 'custom'; }, _maxListeners: 7 }));
// setMaxListeners without targets changes the default.
show(() => { EventEmitter.setMaxListeners(6); return [EventEmitter.defaultMaxListeners, d.getMaxListeners()]; });
show(() => { EventEmitter.setMaxListeners(); return EventEmitter.defaultMaxListeners; });
show(() => EventEmitter.setMaxListeners(-2));
show(() => EventEmitter.setMaxListeners('1'));
// An instance-level _maxListeners of 0 set in a constructor is read as "unset".
function Legacy() { this._maxListeners = 0; EventEmitter.call(this); }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const l = new Legacy();
console.log(l._maxListeners, l.getMaxListeners());
EventEmitter.defaultMaxListeners = 10;
console.log(l.getMaxListeners());
