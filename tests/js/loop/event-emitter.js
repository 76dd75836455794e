// EventEmitter basics: emit is synchronous and ordered.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', (v) => console.log('listener 1', v));
e.prependListener('x', (v) => console.log('listener 0 (prepended)', v));
e.once('x', (v) => console.log('once', v));
console.log('before emit');
console.log('emit ->', e.emit('x', 'A'));
console.log('after emit');
e.emit('x', 'B');
console.log('eventNames', e.eventNames());
console.log('listenerCount', e.listenerCount('x'));
e.removeAllListeners('x');
console.log('emit with none ->', e.emit('x'));
console.log('defaultMaxListeners', EventEmitter.defaultMaxListeners);
e.on('newListener', (name) => console.log('newListener', name));
e.on('y', () => {});
// 'error' with a listener is an ordinary event.
e.on('error', (err) => console.log('error listener', err.message));
e.emit('error', new Error('handled'));
// EventEmitter.once returns a promise.
EventEmitter.once(e, 'z').then((args) => console.log('once promise', args));
e.emit('z', 1, 2);
