// Listener order: on/addListener append, prepend* go first, once fires a
// single time; emit passes its arguments and `this`, and returns whether
// anyone listened.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
const tag = (name) => function (...args) { log.push(`${name}(${args.join(',')})${this === e ? '' : '!this'}`); };
console.log(e.emit('x'), e.emit('x', 1, 2));
console.log(e.on('x', tag('on1')) === e, e.addListener('x', tag('add2')) === e);
console.log(e.prependListener('x', tag('pre3')) === e, e.once('x', tag('once4')) === e);
console.log(e.prependOnceListener('x', tag('preonce5')) === e);
console.log(e.emit('x', 'a', 'b'), log.join(' '));
log.length = 0;
console.log(e.emit('x'), log.join(' '));
log.length = 0;
console.log(e.listenerCount('x'), e.listeners('x').length);

// The same function may be added many times; each counts.
const f = tag('dup');
e.on('d', f).on('d', f).once('d', f);
console.log(e.listenerCount('d'), e.listenerCount('d', f));
e.emit('d', 0);
e.emit('d', 1);
console.log(log.join(' '));
log.length = 0;

// Listeners added during an emit do not run in that emit; removed ones still do.
const g = new EventEmitter();
g.on('e', () => {
  log.push('first');
  g.on('e', () => log.push('added-late'));
  g.removeListener('e', second);
});
function second() { log.push('second'); }
g.on('e', second);
g.emit('e');
console.log(log.join(' '));
log.length = 0;
g.emit('e');
console.log(log.join(' '));
log.length = 0;

// Event names may be any property key; numbers become strings.
const h = new EventEmitter();
const s = Symbol('sym');
h.on(s, (v) => log.push(`sym ${v}`));
h.on(1, (v) => log.push(`one ${v}`));
h.on('', (v) => log.push(`empty ${v}`));
h.emit(s, 'A');
h.emit('1', 'B');
h.emit('', 'C');
console.log(log.join(' '), h.eventNames());

// A throwing listener stops the emit; later listeners do not run.
const t = new EventEmitter();
t.on('x', () => { throw new Error('listener threw'); });
t.on('x', () => console.log('not reached'));
try {
  t.emit('x');
} catch (err) {
  console.log('caught', err.message);
}
// Arrow listeners keep their own `this`.
const u = new EventEmitter();
u.on('x', () => console.log('arrow this is module', this === module.exports));
u.on('x', function () { console.log('function this is emitter', this === u); });
u.emit('x');
