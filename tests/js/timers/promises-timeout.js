// timers/promises setTimeout and setImmediate: resolved values, ordering,
// option validation (rejections, never throws), ref: false.
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate } = tp;
Error.stackTraceLimit = 0;
(async () => {
  console.log(await sleep(5), await sleep(5, 'value'), await immediate(), await immediate({ an: 'object' }));
  const p = sleep(1, 'x');
  console.log(p instanceof Promise, Object.prototype.toString.call(p));
  // Shorter delays finish first; immediates before 20 ms timeouts.
  const order = [];
  await Promise.all([
    sleep(80, 'slow').then((v) => order.push(v)),
    sleep(30, 'fast').then((v) => order.push(v)),
    immediate('immediate').then((v) => order.push(v)),
  ]);
  console.log(order.join(' '));
  // Numbers that are not valid delays behave like setTimeout's (1 ms).
  console.log(await sleep(NaN, 'nan delay'), await sleep(-5, 'negative'), await sleep(undefined, 'undef'), await sleep(1.5, 'fraction'));
  // The same value object comes back.
  const obj = {};
  console.log((await sleep(1, obj)) === obj, (await immediate(obj)) === obj);
  // Validation failures reject.
  const bad = [
    () => sleep('abc', 'v'), () => sleep('5', 'v'), () => sleep(null, 'v'), () => sleep(5n, 'v'), () => sleep({}, 'v'),
    () => sleep('abc', 'v', null),
    () => sleep(1, 'v', null), () => sleep(1, 'v', 'str'), () => sleep(1, 'v', []), () => sleep(1, 'v', { signal: 'x' }),
    () => sleep(1, 'v', { signal: {} }), () => sleep(1, 'v', { ref: 'yes' }), () => immediate('v', 5),
    () => immediate('v', { ref: 1 }), () => immediate('v', { signal: null }),
  ];
  for (const make of bad) {
    let r;
    try {
      r = make();
    } catch (err) {
      console.log('threw synchronously', err.code);
      continue;
    }
    await r.then(() => console.log('resolved?'), (err) => console.log(r instanceof Promise, err.name, err.code, err.message));
  }
  // undefined options are the defaults.
  console.log(await sleep(1, 'undefined options', undefined), await immediate('undefined options', undefined));
  // ref: false alone does not keep the process alive: this never prints.
  sleep(50, 'unref', { ref: false }).then(() => console.log('unref timeout fired (unexpected)'));
  tp.setTimeout(60, null, { ref: false }).then(() => console.log('not printed'));
  immediate('refed immediate', { ref: true }).then((v) => console.log(v));
  console.log(require('timers').promises === tp, require('node:timers/promises') === tp);
  const util = require('util');
  console.log(util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);
})();
