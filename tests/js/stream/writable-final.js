// _final, 'prefinish', 'finish', 'close' ordering; _construct delays writes.
const { Writable } = require('stream');

const log = (...a) => console.log(...a);
const w = new Writable({
  construct(cb) {
    log('construct');
    setTimeout(() => {
      log('construct done');
      cb();
    }, 5);
  },
  write(chunk, enc, cb) {
    log('write', String(chunk));
    cb();
  },
  final(cb) {
    log('final');
    setTimeout(() => {
      log('final done');
      cb();
    }, 5);
  },
  destroy(err, cb) {
    log('destroy', err);
    cb(err);
  },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => log('event', ev, w.writableFinished));
log('write returns', w.write('early'));
w.end('tail', () => log('end callback'));
log('sync after end', w.writableEnded, w.writableFinished);

const w2 = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) {
    log('w2 final');
    cb(new Error('final failed'));
  },
});
w2.on('error', (e) => log('w2 error', e.message));
w2.on('finish', () => log('w2 finish (unexpected)'));
w2.on('close', () => log('w2 close', w2.errored && w2.errored.message));
w2.end((err) => log('w2 end cb', err && err.message));

// No _final: prefinish is synchronous-ish.
const w3 = new Writable({ write(c, e, cb) { cb(); }, emitClose: false });
w3.on('prefinish', () => log('w3 prefinish'));
w3.on('finish', () => log('w3 finish'));
w3.on('close', () => log('w3 close (unexpected)'));
w3.end();
log('w3 end returned');

// _construct failing destroys the stream.
const w4 = new Writable({
  construct(cb) { cb(new Error('no construct')); },
  write(c, e, cb) { log('w4 write (unexpected)'); cb(); },
});
w4.write('x', (err) => log('w4 write cb', err && err.message));
w4.on('error', (e) => log('w4 error', e.message));
w4.on('close', () => log('w4 close'));
