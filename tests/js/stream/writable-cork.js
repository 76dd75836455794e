// cork/uncork batching into _writev, writableCorked, end() uncorks.
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.length, chunks.map((c) => `${c.chunk}:${c.encoding}`).join(' '), chunks.allBuffers);
    cb();
  },
});
w.write('a');
w.cork();
w.cork();
console.log('corked', w.writableCorked);
w.write('b');
w.write('c', () => console.log('cb c'));
w.uncork();
console.log('corked', w.writableCorked, 'buffered', w.writableBuffer.length);
w.uncork();
console.log('corked', w.writableCorked, 'buffered', w.writableBuffer.length);
w.cork();
w.write('d');
w.write('e');
process.nextTick(() => {
  w.write('f');
  w.end('g');
  console.log('after end corked', w.writableCorked);
});
w.on('finish', () => console.log('finish'));

// decodeStrings: false keeps strings and their encoding.
const s = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) {
    console.log('str write', typeof chunk, JSON.stringify(chunk), enc);
    cb();
  },
  writev(chunks, cb) {
    console.log('str writev', chunks.map((c) => `${typeof c.chunk}/${c.encoding}`).join(' '), chunks.allBuffers);
    cb();
  },
});
s.cork();
s.write('hi');
s.write('6869', 'hex');
s.write(Buffer.from('x'));
s.uncork();
s.setDefaultEncoding('latin1');
s.write('é');
try {
  s.setDefaultEncoding('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}

// Only _writev: single writes go through it too.
const v = new Writable({
  writev(chunks, cb) {
    console.log('only writev', chunks.length);
    cb();
  },
});
v.write('one');
v.write('two');
v.write('three');
v.end();
