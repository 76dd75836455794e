// Many chunks through Readable -> Transform -> Writable with backpressure.
const { Readable, Transform, Writable, pipeline } = require('stream');

const CHUNK = 64 * 1024;
const COUNT = 256;
let produced = 0;
const src = new Readable({
  read() {
    if (produced === COUNT) return this.push(null);
    const b = Buffer.alloc(CHUNK, produced & 0xff);
    produced++;
    this.push(b);
  },
});
let sum = 0;
const xor = new Transform({
  transform(c, e, cb) {
    for (let i = 0; i < c.length; i += 4096) sum = (sum + c[i]) % 1000003;
    cb(null, c);
  },
});
let bytes = 0;
let drains = 0;
const dst = new Writable({
  highWaterMark: CHUNK * 2,
  write(c, e, cb) {
    bytes += c.length;
    if (bytes % (CHUNK * 16) === 0) setImmediate(cb);
    else cb();
  },
});
dst.on('drain', () => drains++);
pipeline(src, xor, dst, (err) => {
  console.log('done', err, 'bytes', bytes, 'sum', sum, 'drains>0', drains > 0);
});
