// Duplex.from with its many inputs, and duplexPair.
const { Duplex, Readable, Writable, PassThrough, duplexPair } = require('stream');

const log = (...a) => console.log(...a);
(async () => {
  const pt = new PassThrough();
  log('duplex passes through', Duplex.from(pt) === pt);

  const fromIter = Duplex.from(['a', 'b']);
  log('iterable', await fromIter.toArray(), 'writable', fromIter.writable);

  const fromPromise = Duplex.from(Promise.resolve('resolved'));
  log('promise', await fromPromise.toArray());

  const fromReadable = Duplex.from(Readable.from(['r1', 'r2']));
  log('readable', fromReadable.readable, fromReadable.writable, await fromReadable.toArray());

  const got = [];
  const fromWritable = Duplex.from(new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } }));
  log('writable only', fromWritable.readable, fromWritable.writable);
  fromWritable.end('w1');
  await new Promise((r) => fromWritable.on('finish', r));
  log('written', got);

  const gen = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  gen.write('abc');
  gen.end('def');
  log('async generator fn', (await gen.toArray()).map(String));

  const pairIn = new PassThrough();
  const pairOut = new PassThrough();
  const pair = Duplex.from({ readable: pairOut, writable: pairIn });
  pairIn.on('data', (d) => log('pair writable got', String(d)));
  pair.write('to writable');
  pairOut.end('from readable');
  pair.on('data', (d) => log('pair readable gave', String(d)));
  await new Promise((r) => pair.on('end', r));

  const blob = Duplex.from(new (require('buffer').Blob)(['blob data']));
  const parts = await blob.toArray();
  log('blob', parts.length, parts[0] instanceof ArrayBuffer, Buffer.from(parts[0]).toString());

  try {
    Duplex.from(42);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    Duplex.from(() => 42);
  } catch (e) {
    log(e.name, e.code, e.message);
  }

  const [left, right] = duplexPair();
  right.on('data', (d) => log('right got', String(d)));
  left.on('data', (d) => log('left got', String(d)));
  left.write('hello right');
  right.write('hello left');
  left.end();
  right.on('end', () => log('right end'));
  right.resume();
})();
