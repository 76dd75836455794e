// pipeline with async generator functions as source, transforms and sink.
const { pipeline, Readable, Writable } = require('stream');
const { pipeline: pp } = require('stream/promises');

const log = (...a) => console.log(...a);

pipeline(
  async function* () {
    yield 'a';
    yield 'b';
    yield 'c';
  },
  async function* (source, { signal }) {
    log('transform got signal', signal instanceof AbortSignal, signal.aborted);
    for await (const chunk of source) yield String(chunk).toUpperCase();
  },
  async function (source) {
    const parts = [];
    for await (const c of source) parts.push(c);
    return parts.join('-');
  },
  (err, value) => {
    log('gen pipeline', err, value);
    next();
  },
);

async function next() {
  const out = [];
  await pp(
    [1, 2, 3],
    async function* (src) {
      for await (const n of src) yield n * 10;
    },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  log('promise pipeline into writable', out);

  try {
    await pp(
      async function* () {
        yield 1;
        throw new Error('generator failed');
      },
      async function* (src) {
        for await (const x of src) yield x;
      },
      new Writable({ objectMode: true, write(c, e, cb) { cb(); } }),
    );
  } catch (e) {
    log('rejected', e.message);
  }

  try {
    pipeline(() => 42, () => {}, () => {});
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    pipeline([1], () => 'not iterable', new Writable(), () => {});
  } catch (e) {
    log(e.name, e.code, e.message);
  }

  const ac = new AbortController();
  const p = pp(
    new Readable({ read() {} }),
    new Writable({ write(c, e, cb) { cb(); } }),
    { signal: ac.signal },
  );
  ac.abort();
  try {
    await p;
  } catch (e) {
    log('aborted', e.name, e.code, e.message);
  }

  // end: false keeps the destination open.
  const w = new Writable({ write(c, e, cb) { cb(); } });
  await pp(Readable.from(['x']), w, { end: false });
  log('end:false writableEnded', w.writableEnded);
}
