// stream.pipeline with a callback: success, errors, destroy of the others.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');

const log = (...a) => console.log(...a);
function sink(name, fail) {
  const out = [];
  const w = new Writable({
    write(c, e, cb) {
      out.push(String(c));
      if (fail && out.length === 2) cb(new Error(`${name} write failed`));
      else cb();
    },
  });
  w.on('close', () => log(name, 'close; got', out.join('')));
  return w;
}
const upper = () => new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });

const ret = pipeline(Readable.from(['a', 'b', 'c']), upper(), sink('s1'), (err, val) => {
  log('1 done', err, val);
  step2();
});
log('pipeline returns last stream', ret instanceof Writable);

function step2() {
  const src = new Readable({ read() {} });
  src.push('x');
  const t = upper();
  t.on('close', () => log('2 transform closed, destroyed', t.destroyed));
  pipeline(src, t, sink('s2'), (err) => {
    log('2 done', err.message, 'src destroyed', src.destroyed);
    step3();
  });
  setTimeout(() => src.destroy(new Error('source failed')), 5);
}

function step3() {
  const src = Readable.from(['1', '2', '3', '4']);
  pipeline(src, new PassThrough(), sink('s3', true), (err) => {
    log('3 done', err.message, 'src destroyed', src.destroyed);
    step4();
  });
}

function step4() {
  // Premature close of the destination.
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, dst, (err) => {
    log('4 done', err.code, err.message);
    step5();
  });
  src.push('q');
  setTimeout(() => dst.destroy(), 5);
}

function step5() {
  try {
    pipeline(Readable.from(['x']));
  } catch (e) {
    log('5', e.name, e.code, e.message);
  }
  try {
    pipeline(Readable.from(['x']), new PassThrough());
  } catch (e) {
    log('5b', e.name, e.code, e.message);
  }
  try {
    pipeline([Readable.from(['x'])], () => {});
  } catch (e) {
    log('5c', e.name, e.code, e.message);
  }
  // Array form.
  pipeline([Readable.from(['arr']), sink('s6')], (err) => log('6 done', err));
}
