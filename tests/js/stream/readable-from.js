// Readable.from over arrays, strings, Buffers, generators, async generators, promises.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
async function collect(label, r) {
  const out = [];
  try {
    for await (const x of r) out.push(typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? JSON.stringify(x) : String(x));
    log(label, out.join('|'), 'objectMode', r.readableObjectMode);
  } catch (e) {
    log(label, 'error', e.name, e.code, e.message, 'after', out.join('|'));
  }
}

(async () => {
  await collect('array', Readable.from([1, 2, 3]));
  await collect('string', Readable.from('whole string'));
  await collect('buffer', Readable.from(Buffer.from('bytes')));
  await collect('set', Readable.from(new Set(['s1', 's2'])));
  await collect('generator', Readable.from((function* () { yield 'g1'; yield 'g2'; })()));
  await collect('async gen', Readable.from((async function* () { yield 'a1'; yield 'a2'; })()));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]));
  await collect('null value', Readable.from(['x', null, 'y']));
  await collect('throwing gen', Readable.from((function* () { yield 1; throw new Error('gen threw'); })()));
  await collect('rejected', Readable.from([Promise.reject(new Error('rejected value'))]));
  await collect('objectMode false', Readable.from(['a', 'b'], { objectMode: false }));
  try {
    Readable.from(42);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    Readable.from(null);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  const r = Readable.from([1, 2, 3]);
  log('hwm', r.readableHighWaterMark);
  // Destroying closes the generator (its finally runs).
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      log('generator finally');
    }
  })();
  const g = Readable.from(gen);
  g.once('data', (x) => {
    log('first', x);
    g.destroy();
  });
  g.on('close', () => log('g closed'));
})();
