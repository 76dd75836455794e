// captureRejections routes a rejected async listener to 'error' (or to
// Symbol.for('nodejs.rejection')).
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('go', async () => { throw new Error('async failure'); });
e.on('error', (err) => console.log('error event', err.message));
e.emit('go');
const f = new EventEmitter({ captureRejections: true });
f[Symbol.for('nodejs.rejection')] = (err, name) => console.log('rejection hook', err.message, name);
f.on('go', async () => { throw new Error('second'); });
f.emit('go');
try {
  new EventEmitter({ captureRejections: 'yes' });
} catch (err) {
  console.log(err.code);
}
