// destroy(): 'error' then 'close' on the next tick, callbacks, _destroy, state.
const { Readable, Writable, Duplex } = require('stream');

const log = (...a) => console.log(...a);
function watch(name, s) {
  for (const ev of ['error', 'close', 'end', 'finish']) {
    s.on(ev, (e) => log(name, ev, e && e.message ? e.message : ''));
  }
  return s;
}

const r = watch('r', new Readable({ read() {} }));
r.destroy(new Error('boom'));
log('r sync: destroyed', r.destroyed, 'errored', r.errored.message, 'closed', r.closed, 'readable', r.readable);
r.destroy(new Error('second'), () => log('r second destroy cb'));

const w = watch('w', new Writable({
  write(c, e, cb) { setTimeout(cb, 5); },
  destroy(err, cb) {
    log('w _destroy', err);
    setTimeout(() => cb(err), 5);
  },
}));
w.write('a', (err) => log('w write a cb', err ? err.code : err));
w.write('b', (err) => log('w write b cb', err ? err.code : err));
w.destroy();
log('w sync: destroyed', w.destroyed, 'writable', w.writable, 'aborted', w.writableAborted);
w.write('c', (err) => log('w write c cb', err.code, err.message));
w.end((err) => log('w end cb', err.code));

const d = watch('d', new Duplex({ read() {}, write(c, e, cb) { cb(); } }));
d.destroy(null, (err) => log('d destroy cb', err));
log('d destroyed', d.destroyed);

// _destroy swapping the error.
const x = watch('x', new Readable({
  read() {},
  destroy(err, cb) { cb(new Error('from _destroy')); },
}));
x.destroy(new Error('original'));

// emitClose: false
const y = watch('y', new Readable({ read() {}, emitClose: false }));
y.destroy();
setTimeout(() => log('y closed', y.closed, 'destroyed', y.destroyed), 20);

// _destroy throwing.
const z = watch('z', new Writable({ write() {}, destroy() { throw new Error('thrown in _destroy'); } }));
z.destroy();

// Error without autoDestroy: not destroyed, 'error' only.
const n = watch('n', new Writable({
  autoDestroy: false,
  write(c, e, cb) { cb(new Error('write failed')); },
}));
n.write('x', (err) => log('n write cb', err.message));
setTimeout(() => log('n destroyed', n.destroyed, 'errored', n.errored && n.errored.message, 'writable', n.writable), 20);
