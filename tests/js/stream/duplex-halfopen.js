// Duplex: independent sides, allowHalfOpen, readable/writable: false.
const { Duplex } = require('stream');

const log = (...a) => console.log(...a);
function make(name, opts) {
  const d = new Duplex({
    ...opts,
    read() {},
    write(c, e, cb) {
      log(name, 'write', String(c));
      cb();
    },
  });
  for (const ev of ['end', 'finish', 'close', 'prefinish']) d.on(ev, () => log(name, ev));
  return d;
}

const a = make('a');
log('a allowHalfOpen', a.allowHalfOpen, 'readable', a.readable, 'writable', a.writable);
a.resume();
a.push(null);
setTimeout(() => {
  log('a after end: writable', a.writable, 'destroyed', a.destroyed);
  a.end('bye');
}, 5);

const b = make('b', { allowHalfOpen: false });
b.resume();
b.push(null);
setTimeout(() => log('b writableEnded', b.writableEnded, 'destroyed', b.destroyed), 10);

const c = make('c', { readable: false });
log('c readable', c.readable, 'readableEnded', c.readableEnded);
c.end('x');

const d = make('d', { writable: false });
log('d writable', d.writable, 'writableFinished', d.writableFinished);
d.resume();
d.push('y');
d.push(null);

const e = make('e', { objectMode: true });
log('e modes', e.readableObjectMode, e.writableObjectMode);
const f = make('f', { readableObjectMode: true });
log('f modes', f.readableObjectMode, f.writableObjectMode);
const g = make('g', { writableHighWaterMark: 3, readableHighWaterMark: 5 });
log('g hwm', g.readableHighWaterMark, g.writableHighWaterMark);

class Echo extends Duplex {
  _read() {}
  _write(chunk, enc, cb) {
    this.push(chunk);
    cb();
  }
  _final(cb) {
    this.push(null);
    cb();
  }
}
const echo = new Echo();
echo.on('data', (x) => log('echo', String(x)));
echo.on('close', () => log('echo close'));
echo.write('ping');
echo.end('pong');
