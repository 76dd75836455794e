// Readable: simplified constructor, push/read, events in order, state getters.
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
for (const ev of ['data', 'end', 'close', 'pause', 'resume', 'readable', 'error']) {
  if (ev === 'data' || ev === 'readable') continue;
  r.on(ev, (...a) => console.log('event', ev, a.length));
}
console.log('flowing', r.readableFlowing, 'paused', r.isPaused(), 'hwm', r.readableHighWaterMark);
console.log('pushA', r.push('abc'), 'len', r.readableLength);
console.log('pushB', r.push(Buffer.from('def')), 'len', r.readableLength);
console.log('push empty', r.push(''), 'len', r.readableLength);
console.log('read(2)', String(r.read(2)), 'len', r.readableLength);
console.log('read()', String(r.read()), 'len', r.readableLength);
console.log('read() empty', r.read());
r.on('data', (d) => console.log('data', String(d)));
console.log('flowing after on(data)', r.readableFlowing);
r.push('ghi');
process.nextTick(() => {
  console.log('tick: flowing', r.readableFlowing);
  r.push('jkl');
  r.push(null);
  console.log('ended?', r.readableEnded, 'readable', r.readable);
});
setTimeout(() => {
  console.log('after end: readableEnded', r.readableEnded, 'destroyed', r.destroyed, 'closed', r.closed);
  console.log('didRead', r.readableDidRead, 'aborted', r.readableAborted, 'errored', r.errored);
}, 10);

class Counter extends Readable {
  constructor(opt) {
    super(opt);
    this.n = 0;
  }
  _read(size) {
    this.n++;
    if (this.n > 3) this.push(null);
    else this.push(`c${this.n}`);
  }
}
const c = new Counter({ encoding: 'utf8' });
const got = [];
c.on('data', (d) => got.push(d));
c.on('end', () => console.log('counter', got.join(','), typeof got[0], c.readableEncoding));
