// EventTarget, Event, AbortController and AbortSignal as globals.
const target = new EventTarget();
const seen = [];
const onPing = (e) => seen.push(`${e.type}:${e.target === target}`);
target.addEventListener('ping', onPing);
target.addEventListener('ping', onPing); // duplicates are ignored
target.addEventListener('ping', () => seen.push('once'), { once: true });
console.log(target.dispatchEvent(new Event('ping')), target.dispatchEvent(new Event('ping')));
target.removeEventListener('ping', onPing);
target.dispatchEvent(new Event('ping'));
console.log(seen);

const cancelable = new Event('x', { cancelable: true });
target.addEventListener('x', (e) => e.preventDefault());
console.log(target.dispatchEvent(cancelable), cancelable.defaultPrevented);

const ac = new AbortController();
console.log(ac.signal.aborted, ac.signal.reason);
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type));
ac.signal.onabort = () => console.log('onabort');
ac.abort();
ac.abort(); // second abort does nothing
console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.code, ac.signal.reason instanceof DOMException);

const withReason = new AbortController();
withReason.abort('because');
console.log(withReason.signal.reason);
try {
  withReason.signal.throwIfAborted();
} catch (e) {
  console.log('thrown', e);
}

const pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason.name);
const any = AbortSignal.any([new AbortController().signal, AbortSignal.abort('first')]);
console.log(any.aborted, any.reason);
try {
  new AbortSignal();
} catch (e) {
  console.log(e.name, e.message);
}

const t = AbortSignal.timeout(10);
t.addEventListener('abort', () => console.log('timeout', t.reason.name, t.reason.code));
setTimeout(() => console.log('later'), 50);

const ex = new DOMException('bad', 'SyntaxError');
console.log(ex.name, ex.message, ex.code, ex instanceof Error, DOMException.SYNTAX_ERR);
