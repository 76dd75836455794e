// How emitters and their listener wrappers look when printed.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
function named() {}
e.on('one', named);
e.once('two', named);
e.on('many', named).on('many', () => {});
console.log(e);
console.log(e.rawListeners('two'), e.rawListeners('many'));
e.setMaxListeners(3);
console.log(e._maxListeners, Object.keys(e), Object.getOwnPropertySymbols(e).map(String));
class Custom extends EventEmitter {
  constructor() {
    super();
    this.extra = 1;
  }
}
console.log(new Custom());
console.log(new EventEmitter({ captureRejections: true }));
console.log(Object.keys(EventEmitter.prototype));
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
console.log(EventEmitter.prototype.on.name, EventEmitter.prototype.off.name, EventEmitter.name, EventEmitter.length);
console.log(Object.keys(EventEmitter));
console.log(EventEmitter.init.name, EventEmitter.setMaxListeners.name, EventEmitter.once.name);
console.log(String(EventEmitter.kMaxEventTargetListeners), String(EventEmitter.kMaxEventTargetListenersWarned));
console.log(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.usingDomains);
console.log(require('events') === EventEmitter, EventEmitter.EventEmitter === EventEmitter, require('node:events') === EventEmitter);
