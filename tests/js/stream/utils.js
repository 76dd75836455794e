// stream.isReadable/isErrored/isDisturbed/isDestroyed/isWritable, destroy(), hwm defaults.
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;

const log = (...a) => console.log(...a);
log('keys', Object.keys(stream).join(','));
log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
const r = new Readable({ read() {} });
log('fresh', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r), stream.isWritable(r));
r.push('x');
r.read();
log('after read disturbed', stream.isDisturbed(r));
stream.destroy(r, new Error('via stream.destroy'));
r.on('error', (e) => log('destroy error', e.message));
log('after destroy', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
const w = new Writable({ write(c, e, cb) { cb(); } });
log('writable', stream.isWritable(w), stream.isReadable(w));
w.end();
log('ended writable', stream.isWritable(w));
log('non-streams', stream.isReadable({}), stream.isWritable({}), stream.isDestroyed({}), stream.isErrored(null), stream.isDisturbed({}));
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
log('changed', new PassThrough().readableHighWaterMark, new PassThrough({ objectMode: true }).writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 65536);
stream.setDefaultHighWaterMark(true, 16);
for (const v of [-1, 'x', 1.5]) {
  try {
    stream.setDefaultHighWaterMark(false, v);
  } catch (e) {
    log('set hwm', String(v), e.name, e.code, e.message);
  }
}
log('legacy modules', require('_stream_readable') === Readable, require('_stream_writable') === Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === PassThrough, require('node:stream') === stream);
log('promises', stream.promises === require('stream/promises'), Object.keys(stream.promises).join(','));
log('helpers', stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array(Buffer.alloc(1)), stream._isUint8Array([]),
  Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array([1]))));
log('Readable statics', ['from', 'fromWeb', 'toWeb', 'wrap'].map((k) => typeof Readable[k]).join(','));
log('Writable statics', ['fromWeb', 'toWeb'].map((k) => typeof Writable[k]).join(','));
log('Duplex statics', ['from', 'fromWeb', 'toWeb'].map((k) => typeof stream.Duplex[k]).join(','));
