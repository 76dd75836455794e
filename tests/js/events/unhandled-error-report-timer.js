// An 'error' event nobody listens to ends the process; the report names
// the emitter's class and where emit() was called.
const EventEmitter = require('events');

class Connection extends EventEmitter {}
const conn = new Connection();

function fail() {
  const err = new Error('connection lost');
  err.code = 'ECONNLOST';
  conn.emit('error', err);
}

setTimeout(fail, 1);
