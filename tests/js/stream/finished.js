// stream.finished (callback) and stream/promises finished: when and why.
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const { finished: fin } = require('stream/promises');

const log = (...a) => console.log(...a);
(async () => {
  const r = Readable.from(['a']);
  finished(r, (err) => log('readable finished', err));
  r.resume();
  await fin(r);
  log('promise resolved after end');

  const w = new Writable({ write(c, e, cb) { cb(); } });
  const cleanup = finished(w, (err) => log('writable finished', err));
  log('cleanup is function', typeof cleanup);
  w.end('x');
  await fin(w);

  const p = new Readable({ read() {} });
  finished(p, (err) => log('premature', err.code, err.message));
  p.destroy();

  const e = new Readable({ read() {} });
  finished(e, (err) => log('errored', err.message));
  e.destroy(new Error('kaput'));
  try {
    await fin(e);
  } catch (err) {
    log('promise rejected', err.message);
  }

  // Already finished streams call back on the next tick.
  const done = new PassThrough();
  done.end();
  done.resume();
  await fin(done);
  finished(done, (err) => log('late finished', err));

  // readable: false only waits for the writable side.
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => log('duplex writable side done', err));
  d.end();

  // error: false ignores 'error' and waits for close.
  const q = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  q.on('error', (err) => log('q error event', err.message));
  finished(q, { error: false }, (err) => log('error:false ->', err && err.message));
  q.write('x');

  // cleanup removes the listeners.
  const c = new Readable({ read() {} });
  const stop = finished(c, () => log('never'));
  stop();
  c.destroy();

  for (const [label, fn] of [
    ['not a stream', () => finished({}, () => {})],
    ['no callback', () => finished(new PassThrough())],
    ['bad options', () => finished(new PassThrough(), 'x', () => {})],
    ['bad signal', () => finished(new PassThrough(), { signal: 1 }, () => {})],
  ]) {
    try {
      fn();
    } catch (err) {
      log(label, err.name, err.code, err.message);
    }
  }
  try {
    await fin(new PassThrough(), { cleanup: 'yes' });
  } catch (err) {
    log('cleanup option', err.code, err.message);
  }
  const util = require('util');
  log('promisify custom', util.promisify(finished) === fin, util.promisify(require('stream').pipeline) === require('stream/promises').pipeline);
})();
