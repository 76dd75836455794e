// A plain EventEmitter (no class to name) emitting an unhandled 'error'
// from top-level code: the emit() stack shares the module loader's frames
// with the error's and those are collapsed.
const EventEmitter = require('events');

const bus = new EventEmitter();
const err = new TypeError('bad payload');
console.log('about to emit');
bus.emit('error', err);
console.log('not reached');
