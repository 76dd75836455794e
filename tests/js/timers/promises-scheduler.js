// timers/promises scheduler: wait(delay, options) and yield(), bound to
// the scheduler object; the Scheduler class cannot be constructed.
const { scheduler } = require('timers/promises');
Error.stackTraceLimit = 0;
(async () => {
  console.log(scheduler);
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)), scheduler.constructor.name);
  console.log(await scheduler.wait(5), await scheduler.yield());
  // yield() resolves after pending immediates that were queued earlier,
  // and after the current microtasks.
  const order = [];
  setImmediate(() => order.push('immediate'));
  const y = scheduler.yield().then(() => order.push('yield'));
  Promise.resolve().then(() => order.push('microtask'));
  await y;
  console.log(order.join(' '));
  // wait() takes the same options as setTimeout.
  await scheduler.wait(1000, { signal: AbortSignal.abort('no wait') }).catch((err) => console.log(err.code, err.cause));
  const ac = new AbortController();
  const w = scheduler.wait(1000, { signal: ac.signal });
  ac.abort('later');
  await w.catch((err) => console.log(err.name, err.cause));
  await scheduler.wait('5').catch((err) => console.log(err.code, err.message));
  await scheduler.wait(5, { ref: 2 }).catch((err) => console.log(err.code, err.message));
  // Called on anything else, they throw synchronously.
  const { wait, yield: yld } = scheduler;
  for (const fn of [() => wait.call({}, 5), () => yld.call({ kScheduler: true }), () => new scheduler.constructor()]) {
    try {
      fn();
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  console.log('end');
})();
