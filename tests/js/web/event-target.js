// golden: hand-written (Node 22: node 20 lets passive listeners preventDefault and has no initEvent)
// EventTarget, Event and CustomEvent: listener options (once, passive,
// signal), duplicates, handleEvent objects, stop(Immediate)Propagation,
// listeners added or removed while dispatching, recursion, errors thrown by
// listeners and argument validation.
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
const et = new EventTarget();
const log = [];
const h1 = (e) => log.push(`h1 ${e.type} phase=${e.eventPhase} cur=${e.currentTarget === et} tgt=${e.target === et} this=${this === undefined}`);
et.addEventListener('foo', h1);
et.addEventListener('foo', h1); // duplicate ignored
et.addEventListener('foo', { handleEvent(e) { log.push(`obj this=${this.tag} ${e.type}`); }, tag: 'T' });
et.addEventListener('foo', function (e) { log.push(`fn this=${this === et}`); e.stopPropagation(); log.push(`cancelBubble=${e.cancelBubble}`); });
et.addEventListener('foo', () => log.push('after stopPropagation'), { once: true });
const ev = new Event('foo', { cancelable: true });
console.log(et.dispatchEvent(ev), ev.eventPhase, ev.currentTarget, ev.target === et, ev.defaultPrevented);
console.log(log.join('\n')); log.length = 0;
et.dispatchEvent(new Event('foo'));
console.log(log.join('\n')); log.length = 0;
// stopImmediatePropagation
const e2 = new EventTarget();
e2.addEventListener('x', (e) => { log.push('a'); e.stopImmediatePropagation(); });
e2.addEventListener('x', () => log.push('b'));
e2.dispatchEvent(new Event('x')); console.log(log.join(',')); log.length = 0;
// passive and preventDefault
const e3 = new EventTarget();
e3.addEventListener('p', (e) => { e.preventDefault(); log.push(`passive dp=${e.defaultPrevented}`); }, { passive: true });
e3.addEventListener('p', (e) => { log.push(`before dp=${e.defaultPrevented} rv=${e.returnValue}`); e.preventDefault(); log.push(`after dp=${e.defaultPrevented} rv=${e.returnValue}`); });
console.log(e3.dispatchEvent(new Event('p', { cancelable: true })), log.join(',')); log.length = 0;
console.log(e3.dispatchEvent(new Event('p')), log.join(',')); log.length = 0;
// returnValue setter / cancelBubble setter
const e4 = new Event('r', { cancelable: true }); e4.returnValue = false; console.log(e4.defaultPrevented, e4.returnValue);
e4.cancelBubble = true; console.log(e4.cancelBubble);
// signal
const ac = new AbortController();
const e5 = new EventTarget();
e5.addEventListener('s', () => log.push('s1'), { signal: ac.signal });
e5.dispatchEvent(new Event('s')); ac.abort(); e5.dispatchEvent(new Event('s')); console.log(log.join(',')); log.length = 0;
e5.addEventListener('s', () => log.push('s2'), { signal: ac.signal });
e5.dispatchEvent(new Event('s')); console.log('aborted signal:', log.join(','));
t(() => e5.addEventListener('s', () => {}, { signal: 1 }));
t(() => e5.addEventListener('s', 'str'));
t(() => e5.addEventListener('s'));
t(() => e5.addEventListener());
t(() => e5.dispatchEvent('x'));
t(() => e5.dispatchEvent());
t(() => new Event());
t(() => new Event('a', 5));
t(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
t(() => e5.removeEventListener('s'));
// recursion
const e6 = new EventTarget(); const rev = new Event('r');
e6.addEventListener('r', () => { t(() => e6.dispatchEvent(rev)); });
e6.dispatchEvent(rev);
// redispatch
t(() => e6.dispatchEvent(rev));
// event props
const e7 = new Event('prop', { bubbles: true, cancelable: true, composed: true });
console.log(e7.type, e7.bubbles, e7.cancelable, e7.composed, e7.isTrusted, e7.eventPhase, e7.target, e7.srcElement, e7.composedPath(), typeof e7.timeStamp);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, e7.AT_TARGET);
console.log(Object.keys(e7), Object.getOwnPropertyNames(e7));
console.log(Object.getOwnPropertyNames(Event.prototype).sort().join());
console.log(Object.prototype.toString.call(e7), String(e7), Object.prototype.toString.call(et));
const ce = new CustomEvent('c', { detail: { x: 1 } });
console.log(ce.detail, ce instanceof Event, ce.type, new CustomEvent('c').detail, Object.prototype.toString.call(ce));
t(() => new CustomEvent());
// removing during dispatch
const e8 = new EventTarget();
const la = () => { log.push('la'); e8.removeEventListener('q', lb); };
const lb = () => log.push('lb');
e8.addEventListener('q', la); e8.addEventListener('q', lb); e8.addEventListener('q', () => { log.push('lc'); e8.addEventListener('q', () => log.push('ld')); });
e8.dispatchEvent(new Event('q')); console.log(log.join(',')); log.length = 0;
e8.dispatchEvent(new Event('q')); console.log(log.join(',')); log.length = 0;
// once with capture removal
const e9 = new EventTarget(); const lo = () => log.push('once');
e9.addEventListener('o', lo, { once: true }); e9.removeEventListener('o', lo); e9.dispatchEvent(new Event('o'));
e9.addEventListener('o', lo, { capture: true }); e9.removeEventListener('o', lo); e9.dispatchEvent(new Event('o'));
e9.removeEventListener('o', lo, { capture: true }); e9.dispatchEvent(new Event('o'));
console.log(log.join(',')); log.length = 0;
// errors in listeners
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
const e10 = new EventTarget();
e10.addEventListener('err', () => { throw new Error('boom1'); });
e10.addEventListener('err', () => log.push('second runs'));
e10.addEventListener('err', async () => { throw new Error('boom2'); });
console.log(e10.dispatchEvent(new Event('err')), log.join(','));
