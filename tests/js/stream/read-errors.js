// Errors raised inside _read, push of bad chunks, autoDestroy false, errored getters.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
const thrower = new Readable({ read() { throw new Error('read threw'); } });
thrower.on('error', (e) => log('thrower error', e.message, 'destroyed', thrower.destroyed));
thrower.on('close', () => log('thrower close'));
thrower.resume();

const keep = new Readable({ autoDestroy: false, read() {} });
keep.on('error', (e) => log('keep error', e.message));
keep.destroy = ((orig) => function (...a) { log('destroy called'); return orig.apply(this, a); })(keep.destroy);
keep.push({});
setTimeout(() => {
  log('keep destroyed', keep.destroyed, 'errored', keep.errored && keep.errored.code, 'readable', keep.readable);
  log('keep push returns', keep.push('x'));
}, 5);

const after = new Readable({ read() {} });
after.on('error', (e) => log('after error', e.message));
after.on('close', () => {
  log('after close; push returns', after.push('x'), 'aborted', after.readableAborted);
});
after.destroy(new Error('gone'));
