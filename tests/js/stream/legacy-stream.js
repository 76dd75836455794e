// The legacy Stream class: EventEmitter with pipe(), used by old modules.
const Stream = require('stream');
const EventEmitter = require('events');

const log = (...a) => console.log(...a);
log('Stream is function', typeof Stream, Stream.Stream === Stream, Stream.name);
log('extends EventEmitter', new Stream() instanceof EventEmitter);
log('Readable instanceof Stream', new Stream.Readable() instanceof Stream);
log('Duplex instanceof Writable', new Stream.Duplex() instanceof Stream.Writable);
log('Transform instanceof Writable', new Stream.Transform() instanceof Stream.Writable);
log('Readable instanceof Writable', new Stream.Readable() instanceof Stream.Writable);
log('Writable call without new', Stream.Writable() instanceof Stream.Writable);
log('Readable call without new', Stream.Readable() instanceof Stream.Readable);
log('PassThrough call without new', Stream.PassThrough() instanceof Stream.Transform);

// Old-style source: just emits data/end.
const src = new Stream();
src.readable = true;
const dst = new Stream();
dst.writable = true;
dst.write = (c) => { log('legacy write', c); return c !== 'two'; };
dst.end = () => log('legacy end');
src.pause = () => log('src pause');
src.resume = () => log('src resume');
dst.on('pipe', () => log('legacy pipe event'));
src.pipe(dst);
src.emit('data', 'one');
src.emit('data', 'two');
dst.emit('drain');
src.emit('end');
src.emit('data', 'after end (ignored by cleanup)');

// Errors with no other listener are rethrown through 'error'.
const a = new Stream();
const b = new Stream();
b.writable = true;
b.write = () => true;
a.pipe(b);
try {
  a.emit('error', new Error('legacy boom'));
} catch (e) {
  log('thrown', e.message);
}

// close on source destroys the destination.
const c = new Stream();
const d = new Stream();
d.writable = true;
d.write = () => true;
d.destroy = () => log('dest destroyed');
c.pipe(d);
c.emit('close');

// Readable.wrap around an old-style stream.
const old = new EventEmitter();
old.pause = () => log('old pause');
old.resume = () => log('old resume');
const wrapped = new Stream.Readable({ highWaterMark: 1 }).wrap(old);
wrapped.on('data', (x) => log('wrapped data', String(x)));
wrapped.on('end', () => log('wrapped end'));
old.emit('data', Buffer.from('w1'));
old.emit('data', Buffer.from('w2'));
setTimeout(() => old.emit('end'), 5);
