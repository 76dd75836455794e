// _writev errors fail every batched callback; errors stop later writes.
const { Writable } = require('stream');

const log = (...a) => console.log(...a);
const w = new Writable({
  write(c, e, cb) {
    log('write', String(c));
    setTimeout(cb, 1);
  },
  writev(chunks, cb) {
    log('writev', chunks.map((c) => String(c.chunk)).join(','));
    cb(new Error('writev failed'));
  },
});
w.on('error', (e) => log('error event', e.message));
w.on('close', () => log('close', w.errored.message));
w.write('first', (err) => log('cb first', err));
w.write('second', (err) => log('cb second', err && err.message));
w.write('third', (err) => log('cb third', err && err.message));
log('write after queued', w.write('fourth', (err) => log('cb fourth', err && err.message)));

const s = new Writable({
  write(c, e, cb) {
    cb(new Error('sync failure'));
  },
});
s.on('error', (e) => log('s error', e.message));
log('s write returns', s.write('x', (err) => log('s cb', err.message)));
log('s sync errored', s.errored && s.errored.message, 'writable', s.writable);
log('s second write returns', s.write('y', (err) => log('s cb2', err.code)));
