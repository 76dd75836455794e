// More than 10 listeners triggers a MaxListenersExceededWarning (delivered
// to 'warning' listeners; the pid-bearing default printer is removed).
const EventEmitter = require('events');
process.removeAllListeners('warning');
process.on('warning', (w) => {
  console.log(w.name);
  console.log(w.message);
  console.log('emitter is e', w.emitter === e, 'type', w.type, 'count', w.count);
});
const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('evt', () => {});
console.log('listeners', e.listenerCount('evt'));
