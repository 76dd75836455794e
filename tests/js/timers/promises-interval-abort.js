// Aborting a timers/promises setInterval: before starting, while waiting
// for the next tick, and between ticks inside a for await loop.
const { setInterval: every } = require('timers/promises');
Error.stackTraceLimit = 0;
const describe = (err) => `${err.name} ${err.code} ${err.message} cause=${String(err.cause)}`;
(async () => {
  const pre = every(5, 'v', { signal: AbortSignal.abort('already') });
  await pre.next().catch((err) => console.log('pre', describe(err)));
  console.log(await pre.next());

  // Abort while a next() is pending.
  const ac = new AbortController();
  const it = every(1000, 'v', { signal: ac.signal });
  const pending = it.next();
  setTimeout(() => ac.abort('while waiting'), 5);
  await pending.catch((err) => console.log('pending', describe(err)));
  console.log(await it.next());

  // Abort inside the loop body: the next step throws.
  const ac2 = new AbortController();
  const seen = [];
  try {
    for await (const v of every(5, 'x', { signal: ac2.signal })) {
      seen.push(v);
      if (seen.length === 2) ac2.abort(new Error('enough'));
    }
  } catch (err) {
    console.log('loop', seen.length, err.name, err.code, err.cause.message);
  }

  // Abort without a reason: the cause is a DOMException AbortError.
  const ac3 = new AbortController();
  const it3 = every(1000, 'v', { signal: ac3.signal });
  const p3 = it3.next();
  ac3.abort();
  await p3.catch((err) => console.log('no reason', err.code, err.cause.name, err.cause.message));

  // Aborting after break does nothing.
  const ac4 = new AbortController();
  for await (const v of every(5, 'once', { signal: ac4.signal })) {
    console.log(v);
    break;
  }
  ac4.abort();
  console.log('end');
})();
