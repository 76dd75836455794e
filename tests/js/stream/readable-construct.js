// _construct on Readable/Duplex: reads wait for it; destroy during construct.
const { Readable, Duplex } = require('stream');

const log = (...a) => console.log(...a);
let n = 0;
const r = new Readable({
  construct(cb) {
    log('construct start');
    setTimeout(() => {
      log('construct end');
      cb();
    }, 5);
  },
  read() {
    log('_read', n);
    this.push(n < 2 ? `r${n++}` : null);
  },
});
r.on('data', (d) => log('data', String(d)));
r.on('end', () => log('end'));
r.on('close', () => log('close'));
log('sync read', r.read());

const d = new Duplex({
  construct(cb) {
    log('duplex construct');
    setTimeout(cb, 5);
  },
  read() {},
  write(c, e, cb) {
    log('duplex write', String(c));
    cb();
  },
  destroy(err, cb) {
    log('duplex _destroy', err && err.message);
    cb(err);
  },
});
d.write('queued');
d.on('error', (e) => log('duplex error', e.message));
d.on('close', () => log('duplex close'));
d.destroy(new Error('destroyed while constructing'));
log('duplex destroyed sync', d.destroyed);

const c = new Readable({
  construct(cb) {
    cb();
    cb();
  },
  read() {},
});
c.on('error', (e) => log('construct twice', e.code));

const t = new Readable({
  construct() {
    throw new Error('construct threw');
  },
  read() {},
});
t.on('error', (e) => log('construct threw ->', e.message));
