// Object mode: any value but null, counts as one each, highWaterMark in objects.
const { Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);
const values = [1, 'two', { three: 3 }, [4], false, 0, ''];
const r = new Readable({ objectMode: true, read() {} });
log('hwm', r.readableHighWaterMark);
for (const v of values) r.push(v);
log('length', r.readableLength);
const seen = [];
r.on('data', (v) => seen.push(JSON.stringify(v)));
r.on('end', () => log('seen', seen.join(' ')));
r.push(null);

const w = new Writable({
  objectMode: true,
  highWaterMark: 3,
  write(v, enc, cb) {
    log('got', JSON.stringify(v), typeof enc);
    setImmediate(cb);
  },
});
const results = values.map((v) => w.write(v));
log('write results', results.join(','), 'length', w.writableLength);
w.on('drain', () => log('drain'));
w.end();

const mixed = new PassThrough({ readableObjectMode: true });
mixed.write('abc');
mixed.write(Buffer.from('def'));
mixed.end();
mixed.on('data', (d) => log('mixed chunk', Buffer.isBuffer(d), String(d)));

try {
  new Writable({ objectMode: true, write(c, e, cb) { cb(); } }).write(undefined, () => log('undefined ok'));
} catch (e) {
  log(e.code);
}
const o = new Readable({ objectMode: true, read() {} });
o.push('x');
log('push null-ish in object mode', o.push(undefined), o.readableLength);
