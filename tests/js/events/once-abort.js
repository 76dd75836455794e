// events.once with an AbortSignal: already aborted, aborted while waiting,
// the reason as `cause`, listeners removed either way.
const { once, EventEmitter } = require('events');
Error.stackTraceLimit = 0;
const describe = (err) => `${err.name} ${err.code} ${err.message} cause=${String(err.cause)} ${err instanceof Error}`;
(async () => {
  const e = new EventEmitter();
  // Aborted before the call.
  await once(e, 'x', { signal: AbortSignal.abort('early') }).catch((err) => console.log(describe(err)));
  console.log(e.listenerCount('x'), e.listenerCount('error'));

  // Aborted while waiting, with a reason.
  const ac = new AbortController();
  const p = once(e, 'x', { signal: ac.signal });
  console.log(e.listenerCount('x'), e.listenerCount('error'));
  ac.abort(new Error('changed my mind'));
  await p.catch((err) => console.log(describe(err)));
  console.log(e.listenerCount('x'), e.listenerCount('error'));

  // Aborted without a reason: the cause is the signal's DOMException.
  const ac2 = new AbortController();
  const p2 = once(e, 'y', { signal: ac2.signal });
  ac2.abort();
  await p2.catch((err) => console.log(err.code, err.cause.name, err.cause.message));

  // Resolving first: a later abort changes nothing.
  const ac3 = new AbortController();
  const p3 = once(e, 'z', { signal: ac3.signal });
  e.emit('z', 'won');
  ac3.abort();
  console.log(await p3);

  // An error first: the abort listener is removed too.
  const ac4 = new AbortController();
  const p4 = once(e, 'w', { signal: ac4.signal });
  e.emit('error', new Error('error first'));
  ac4.abort();
  await p4.catch((err) => console.log('rejected with', err.message));
  console.log(e.eventNames());

  // A signal that is undefined is fine.
  const p5 = once(e, 'v', { signal: undefined });
  e.emit('v', 5);
  console.log(await p5);
})();
