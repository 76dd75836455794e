// process is an EventEmitter.
const EventEmitter = require('events');
console.log('instanceof EventEmitter', process instanceof EventEmitter);
process.on('custom', (a, b) => console.log('custom', a, b));
process.once('custom', () => console.log('once'));
console.log('listenerCount', process.listenerCount('custom'));
console.log('emit returned', process.emit('custom', 1, 2));
console.log('listenerCount after once', process.listenerCount('custom'));
process.emit('custom', 3, 4);
console.log('emit without listeners', process.emit('nothing'));
