// events.once and events.on with an EventTarget (no 'error' semantics
// there), and events.setMaxListeners/getMaxListeners on targets.
const { once, on, setMaxListeners, getMaxListeners, EventEmitter } = require('events');
Error.stackTraceLimit = 0;
(async () => {
  const et = new EventTarget();
  const p = once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [ev] = await p;
  console.log(ev instanceof Event, ev.type);
  // A second dispatch is not seen by the finished once().
  const p2 = once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  et.dispatchEvent(new Event('ping'));
  console.log((await p2).length);

  // Abort while waiting on a target.
  const ac = new AbortController();
  const p3 = once(et, 'never', { signal: ac.signal });
  ac.abort('bye');
  await p3.catch((err) => console.log(err.name, err.code, err.cause));

  // once on a signal itself.
  const ac2 = new AbortController();
  const p4 = once(ac2.signal, 'abort');
  ac2.abort();
  const [abortEvent] = await p4;
  console.log(abortEvent.type, ac2.signal.aborted);

  // on() over a target.
  const it = on(et, 'tick');
  et.dispatchEvent(new Event('tick'));
  et.dispatchEvent(new Event('tick'));
  const first = await it.next();
  const second = await it.next();
  console.log(first.value[0].type, second.done);
  await it.return();

  // Max listeners on targets and emitters alike.
  const ee = new EventEmitter();
  console.log(getMaxListeners(et), getMaxListeners(ee));
  setMaxListeners(3, et, ee);
  console.log(getMaxListeners(et), getMaxListeners(ee), ee.getMaxListeners());
  for (const bad of [[1, {}], [-1, et], ['2', ee]]) {
    try {
      setMaxListeners(...bad);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  try {
    getMaxListeners({});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
