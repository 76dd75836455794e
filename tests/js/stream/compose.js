// stream.compose and readable.compose: one Duplex out of several streams.
const { compose, Transform, Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);
const up = () => new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const wrap = () => new Transform({ transform(c, e, cb) { cb(null, `<${c}>`); } });

(async () => {
  const d = compose(up(), wrap());
  log('readable', d.readable, 'writable', d.writable);
  const out = [];
  d.on('data', (c) => out.push(String(c)));
  d.write('a');
  d.end('b');
  await new Promise((r) => d.on('end', r));
  log('composed', out.join(''));

  const withGen = compose(async function* (src) {
    for await (const c of src) yield `${c}!`;
  }, up());
  withGen.end('hey');
  log('gen composed', (await withGen.toArray()).map(String));

  const fromSrc = Readable.from(['x', 'y']).compose(async function* (src) {
    for await (const c of src) yield `${c}${c}`;
  });
  log('readable.compose', await fromSrc.toArray());

  const one = compose(up());
  log('single stream returned as is', typeof one.write);

  try {
    compose();
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    compose(up(), new Writable({ write(c, e, cb) { cb(); } }), up());
  } catch (e) {
    log(e.name, e.code, e.message.split('.')[0]);
  }

  // An error inside destroys the composed stream.
  const failing = compose(new PassThrough(), new Transform({
    transform(c, e, cb) { cb(new Error('inner failed')); },
  }));
  failing.on('error', (e) => log('composed error', e.message));
  failing.on('close', () => log('composed close'));
  failing.write('x');
})();
