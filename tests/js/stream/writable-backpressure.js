// write() returns false at highWaterMark; 'drain' follows when the queue empties.
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    console.log('_write', String(chunk), enc, 'len', this.writableLength);
    setImmediate(cb);
  },
});
w.on('drain', () => console.log('drain; needDrain', w.writableNeedDrain, 'len', w.writableLength));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
console.log('hwm', w.writableHighWaterMark, 'objectMode', w.writableObjectMode);
console.log('w1', w.write('12345'), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
console.log('w2', w.write('6789'), 'len', w.writableLength);
console.log('w3', w.write('0'), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
console.log('w4', w.write('abc', () => console.log('cb w4')), 'buffer', w.writableBuffer.length);
w.once('drain', () => {
  console.log('after drain writable', w.writable);
  w.end('last', () => console.log('end cb'));
  console.log('ended', w.writableEnded, 'finished', w.writableFinished, 'writable', w.writable);
});

const o = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(obj, enc, cb) {
    console.log('obj', JSON.stringify(obj), enc);
    process.nextTick(cb);
  },
});
console.log('o1', o.write({ a: 1 }), 'o2', o.write([1, 2]), 'o3', o.write(3), 'len', o.writableLength);
o.on('drain', () => console.log('o drain'));
o.end();
o.on('finish', () => console.log('o finish', o.writableFinished));

// Zero highWaterMark: every write asks for a drain.
const z = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
console.log('z write', z.write('x'));
z.on('drain', () => console.log('z drain'));
