// Transform: _transform/_flush, push from transform, object modes, PassThrough.
const { Transform, PassThrough } = require('stream');

const log = (...a) => console.log(...a);
const t = new Transform({
  transform(chunk, enc, cb) {
    log('transform', String(chunk), enc);
    this.push(String(chunk).toUpperCase());
    cb(null, `[${chunk.length}]`);
  },
  flush(cb) {
    log('flush');
    cb(null, 'FLUSHED');
  },
});
const out = [];
t.on('data', (c) => out.push(String(c)));
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('event', ev));
t.write('ab');
t.write('cde');
t.end('f');
t.on('close', () => {
  log('out', out.join(' '));
  objectModes();
});

function objectModes() {
  const parse = new Transform({
    writableObjectMode: false,
    readableObjectMode: true,
    transform(chunk, enc, cb) {
      for (const line of String(chunk).split('\n')) if (line) this.push({ line });
      cb();
    },
  });
  log('modes', parse.writableObjectMode, parse.readableObjectMode, parse.readableHighWaterMark, parse.writableHighWaterMark);
  parse.on('data', (o) => log('obj', JSON.stringify(o)));
  parse.on('end', () => errors());
  parse.end('x\ny\n');
}

function errors() {
  const bad = new Transform({
    transform(c, e, cb) { cb(new Error('transform failed')); },
  });
  bad.on('error', (e) => log('bad error', e.message, 'destroyed', bad.destroyed));
  bad.on('close', () => log('bad close'));
  bad.write('x', (err) => log('bad write cb', err && err.message));

  const badFlush = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  badFlush.on('error', (e) => log('flush error', e.message));
  badFlush.on('finish', () => log('flush finish (unexpected)'));
  badFlush.resume();
  badFlush.end('x');

  const pt = new PassThrough({ objectMode: true });
  pt.write(1);
  pt.write({ two: 2 });
  pt.end('three');
  pt.toArray().then((a) => log('passthrough', JSON.stringify(a)));
}
