// Adding more listeners than the limit warns once, with Node's text.
const EventEmitter = require('events');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log(w.name, '|', w.message, '|', w.count, w.type));
const e = new EventEmitter();
e.setMaxListeners(2);
for (let i = 0; i < 4; i++) e.on('evt', () => {});
class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
c.on('a', () => {});
c.on('a', () => {});
