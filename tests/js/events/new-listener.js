// 'newListener' fires before a listener is added, with the original
// function for once listeners; a handler adding a listener to the same
// event puts it first.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', function (name, fn) {
  log.push(`new ${String(name)} ${fn.name} count=${this.listenerCount(name)} this=${this === e}`);
});
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
e.prependListener('y', a);
e.prependOnceListener(Symbol.iterator, b);
console.log(log.join('\n'));
log.length = 0;
// Registering a second 'newListener' handler is announced to the first.
e.on('newListener', function second() {});
console.log(log.join('\n'));
log.length = 0;

// Classic pattern: a listener added from newListener runs before the new one.
const p = new EventEmitter();
p.once('newListener', (name) => {
  if (name === 'data') p.on('data', () => log.push('inserted first'));
});
p.on('data', () => log.push('registered'));
p.emit('data');
console.log(log.join(' | '), p.listenerCount('newListener'));
log.length = 0;

// Emitting newListener by hand is just another event.
const q = new EventEmitter();
q.on('newListener', (name, fn) => log.push(`manual ${name} ${typeof fn}`));
q.emit('newListener', 'fake', 1);
console.log(log.join(' | '));
