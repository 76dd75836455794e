// An 'error' event without a listener throws the error itself.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', new Error('emitted'));
} catch (err) {
  console.log('caught:', err.message);
}
try {
  e.emit('error', 'a string');
} catch (err) {
  console.log('caught:', err.name, err.code);
  console.log(err.message);
}
