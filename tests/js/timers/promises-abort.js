// Aborting timers/promises: an AbortError (code ABORT_ERR) with the
// signal's reason as cause, for already-aborted and later-aborted signals.
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
Error.stackTraceLimit = 0;
const describe = (err) => `${err.name} ${err.code} ${JSON.stringify(err.message)} ${err instanceof Error} cause=${err.cause instanceof Error ? `${err.cause.name}: ${err.cause.message}` : String(err.cause)}`;
(async () => {
  // Already aborted.
  await sleep(10, 'v', { signal: AbortSignal.abort() }).catch((err) => console.log('pre', describe(err)));
  await immediate('v', { signal: AbortSignal.abort('a reason') }).catch((err) => console.log('pre', describe(err)));
  // Aborted while waiting.
  const ac = new AbortController();
  const p = sleep(1000, 'never', { signal: ac.signal });
  sleep(5).then(() => ac.abort(new RangeError('custom reason')));
  await p.catch((err) => console.log('during', describe(err), err.cause instanceof RangeError));
  const ac2 = new AbortController();
  const p2 = immediate('never', { signal: ac2.signal });
  ac2.abort(42);
  await p2.catch((err) => console.log('immediate', describe(err)));
  // Aborting after it resolved changes nothing.
  const ac3 = new AbortController();
  console.log(await sleep(1, 'done first', { signal: ac3.signal }));
  ac3.abort();
  // One signal, several timers.
  const ac4 = new AbortController();
  const results = await Promise.allSettled([sleep(500, 'a', { signal: ac4.signal }), sleep(500, 'b', { signal: ac4.signal }),
    immediate('c', { signal: ac4.signal }), sleep(1, 'd')]);
  setTimeout(() => {}, 0);
  console.log(results.map((r) => r.status + (r.value ? `:${r.value}` : '')).join(' '));
  const ac5 = new AbortController();
  const both = Promise.allSettled([sleep(500, 'a', { signal: ac5.signal }), sleep(500, 'b', { signal: ac5.signal })]);
  ac5.abort('stop both');
  console.log((await both).map((r) => `${r.status}:${r.reason.cause}`).join(' '));
  // The AbortError is a plain Error subclass printed with its code and cause.
  const e = await sleep(1, 'x', { signal: AbortSignal.abort('printed') }).catch((err) => err);
  console.log(e);
  console.log(Object.keys(e), e.constructor.name, e.constructor === Error);
  // A timeout signal.
  await sleep(1000, 'slow', { signal: AbortSignal.timeout(5) }).catch((err) => console.log('timeout', describe(err)));
  console.log('end');
})();
