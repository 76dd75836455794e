// The exact interleaving of events across a pipe chain, ticks and microtasks.
const { Readable, PassThrough, Writable } = require('stream');

const log = [];
const note = (s) => log.push(s);
function watch(name, s, events) {
  for (const ev of events) s.on(ev, () => note(`${name}:${ev}`));
  return s;
}
const src = watch('src', new Readable({ read() {} }), ['end', 'close', 'pause', 'resume']);
const mid = watch('mid', new PassThrough(), ['pipe', 'unpipe', 'finish', 'prefinish', 'end', 'close', 'drain']);
const dst = watch('dst', new Writable({
  highWaterMark: 1,
  write(c, e, cb) {
    note(`dst:write ${c}`);
    Promise.resolve().then(() => note('microtask in write'));
    process.nextTick(cb);
  },
}), ['pipe', 'unpipe', 'finish', 'prefinish', 'close', 'drain']);
src.pipe(mid).pipe(dst);
src.push('1');
src.push('2');
note('sync end');
process.nextTick(() => {
  note('tick');
  src.push('3');
  src.push(null);
});
Promise.resolve().then(() => note('microtask'));
setImmediate(() => note('immediate'));
dst.on('close', () => {
  console.log(log.join('\n'));
});
