// readable.pipe(): 'pipe'/'unpipe' events, end option, backpressure, unpipe().
const { Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);
const chunks = ['a', 'b', 'c', 'd', 'e', 'f'];
let i = 0;
const src = new Readable({
  highWaterMark: 2,
  read() { this.push(i < chunks.length ? chunks[i++] : null); },
});
const dst = new Writable({
  highWaterMark: 2,
  write(c, e, cb) {
    log('dst write', String(c), 'src paused', src.isPaused());
    setTimeout(cb, 2);
  },
});
dst.on('pipe', (s) => log('pipe event', s === src));
dst.on('unpipe', (s) => log('unpipe event', s === src));
dst.on('drain', () => log('drain'));
dst.on('finish', () => {
  log('finish');
  second();
});
src.on('end', () => log('src end'));
log('pipe returns dst', src.pipe(dst) === dst);

function second() {
  const s = new PassThrough();
  const d1 = new PassThrough();
  const d2 = new PassThrough();
  s.pipe(d1, { end: false });
  s.pipe(d2);
  d1.on('data', (c) => log('d1', String(c)));
  d2.on('data', (c) => log('d2', String(c)));
  d1.on('end', () => log('d1 end (unexpected)'));
  d2.on('end', () => {
    log('d2 end; d1 ended', d1.writableEnded);
    third();
  });
  s.write('x');
  s.end('y');
}

function third() {
  const s = new PassThrough();
  const d = new PassThrough();
  d.on('unpipe', () => log('third unpipe'));
  s.pipe(d);
  log('flowing', s.readableFlowing);
  s.unpipe(d);
  log('after unpipe flowing', s.readableFlowing);
  s.unpipe(d);
  s.pipe(d);
  s.unpipe();
  log('after unpipe() flowing', s.readableFlowing);
  // Destination errors unpipe the source.
  const s2 = new PassThrough();
  const bad = new Writable({ write(c, e, cb) { cb(new Error('dest broke')); } });
  bad.on('unpipe', () => log('bad unpipe'));
  bad.on('error', (e) => log('bad error', e.message));
  s2.pipe(bad);
  s2.write('z');
  setTimeout(() => log('s2 pipes', s2._readableState.pipes.length), 10);
}
