// node:timers/promises and util.promisify(setTimeout/setImmediate).
const tp = require('timers/promises');
const { promisify } = require('util');

(async () => {
  console.log('timeout', await tp.setTimeout(5, 'value'));
  console.log('immediate', await tp.setImmediate('imm'));
  console.log('promisified', await promisify(setTimeout)(5, 'p'));
  let n = 0;
  for await (const v of tp.setInterval(5, 'tick')) {
    console.log('interval', v, ++n);
    if (n === 3) break;
  }
  const ac = new AbortController();
  const pending = tp.setTimeout(1000, 'never', { signal: ac.signal });
  ac.abort();
  try {
    await pending;
  } catch (e) {
    console.log('aborted', e.name, e.code);
  }
  try {
    await tp.setTimeout(5, 'x', { ref: 'no' });
  } catch (e) {
    console.log('bad option', e.code);
  }
  await tp.scheduler.wait(5);
  console.log('scheduler done');
})();
