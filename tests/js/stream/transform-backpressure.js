// A Transform holds its write callback while the readable side is full.
const { Transform } = require('stream');

const log = (...a) => console.log(...a);
const t = new Transform({
  highWaterMark: 2,
  objectMode: true,
  transform(chunk, enc, cb) {
    log('transform', chunk, 'rlen', this.readableLength, 'wlen', this.writableLength);
    cb(null, chunk);
  },
});
for (let i = 1; i <= 6; i++) log('write', i, t.write(i));
t.end();
t.on('drain', () => log('drain'));
t.on('finish', () => log('finish'));
t.on('end', () => log('end'));
setTimeout(() => {
  log('before reading: rlen', t.readableLength, 'wlen', t.writableLength);
  t.on('readable', () => {
    let x;
    while ((x = t.read()) !== null) log('read', x);
  });
}, 10);

// readableHighWaterMark 0 makes the writable side default to 0 too.
const z = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
log('zero hwm', z.readableHighWaterMark, z.writableHighWaterMark);
const z2 = new Transform({ readableHighWaterMark: 0, writableHighWaterMark: 7, transform(c, e, cb) { cb(null, c); } });
log('zero/seven', z2.readableHighWaterMark, z2.writableHighWaterMark);
const z3 = new Transform({ highWaterMark: 5, readableHighWaterMark: 9 });
log('hwm wins', z3.readableHighWaterMark, z3.writableHighWaterMark);
