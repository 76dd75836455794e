// timers/promises setInterval: an async iterator yielding the value per
// tick; break/return stops the timer; ticks missed while busy come back
// to back; validation errors surface on the first next().
const { setInterval: every, setTimeout: sleep } = require('timers/promises');
Error.stackTraceLimit = 0;
(async () => {
  const it = every(5, 'tick');
  console.log(typeof it.next, typeof it[Symbol.asyncIterator], Object.prototype.toString.call(it));
  console.log(await it.next(), await it.next());
  console.log(await it.return('bye'), await it.next());

  let n = 0;
  for await (const v of every(5, { n: 'obj' })) {
    n++;
    if (n === 3) {
      console.log('third', v);
      break;
    }
  }
  // A slow consumer gets the missed ticks without waiting.
  const slow = every(10, 'missed');
  await slow.next();
  await sleep(55);
  const t0 = Date.now();
  const r = await slow.next();
  console.log(r.value, Date.now() - t0 < 8);
  await slow.return();

  // Default value is undefined.
  const plain = every(1);
  console.log(await plain.next());
  await plain.return();

  // Errors come from the first next(), as rejections.
  for (const [delay, opts] of [['5', {}], [null, {}], [5, null], [5, 'x'], [5, { ref: 'no' }], [5, { signal: 1 }]]) {
    const bad = every(delay, 'v', opts);
    console.log('created');
    await bad.next().then(() => console.log('unexpected'), (err) => console.log(err.name, err.code, err.message));
    console.log(await bad.next());
  }
  // throw() into the iterator ends it and clears the timer.
  const thrown = every(5, 't');
  await thrown.next();
  await thrown.throw(new Error('into iterator')).catch((err) => console.log('throw()', err.message));
  console.log(await thrown.next());
  console.log('end');
})();
