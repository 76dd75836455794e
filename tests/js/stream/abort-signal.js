// addAbortSignal and the signal option: AbortError, cause, validation.
const { addAbortSignal, Readable, Writable, Duplex, finished } = require('stream');

const log = (...a) => console.log(...a);
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => log('r error', e.name, e.code, e.message, 'cause', e.cause));
r.on('close', () => log('r close', r.destroyed));
ac.abort('my reason');

const pre = AbortSignal.abort();
const w = new Writable({ write(c, e, cb) { cb(); }, signal: pre });
log('pre-aborted destroyed at once', w.destroyed);
w.on('error', (e) => log('w error', e.name, e.cause && e.cause.name));

const ac2 = new AbortController();
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, signal: ac2.signal });
d.on('error', (e) => log('d error', e.name));
d.on('close', () => log('d close'));
setTimeout(() => ac2.abort(), 5);

for (const [label, fn] of [
  ['bad signal', () => addAbortSignal('x', new Readable())],
  ['bad stream', () => addAbortSignal(new AbortController().signal, {})],
  ['signal option', () => new Readable({ signal: {} })],
]) {
  try {
    fn();
    log(label, 'no throw');
  } catch (e) {
    log(label, e.name, e.code, e.message);
  }
}

// Finished stream: aborting later does nothing.
const ac3 = new AbortController();
const done = addAbortSignal(ac3.signal, Readable.from(['a']));
done.resume();
finished(done, (err) => {
  log('finished', err);
  ac3.abort();
  setTimeout(() => log('still not errored', done.errored), 5);
});

// finished() with a signal
const ac4 = new AbortController();
const pending = new Readable({ read() {} });
finished(pending, { signal: ac4.signal }, (err) => log('finished aborted', err.name, err.code, err.cause));
ac4.abort('stop');
