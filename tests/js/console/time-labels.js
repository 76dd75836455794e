// console.time misuse emits process warnings (the default printer, which
// shows the pid, is replaced by a listener).
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, '|', w.message));
console.timeEnd('nope');
console.timeLog('nope2');
const EventEmitter = require('events');
const out = [];
const c = new console.Console(Object.assign(new EventEmitter(), { write(s) { out.push(String(s)); return true; } }));
c.time('dup');
c.time('dup');
c.timeEnd('dup');
c.timeEnd('dup');
console.log('lines written for dup:', out.length, /^dup: \d/.test(out[0]));
console.log('sync end');
