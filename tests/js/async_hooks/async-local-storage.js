// AsyncLocalStorage: run/exit/enterWith/disable/getStore, nesting, several
// storages, and propagation into nextTick, timers, setImmediate,
// queueMicrotask, AsyncLocalStorage.bind/snapshot.
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (...a) => console.log(...a);

log('outside', als.getStore());
const r = als.run({ id: 1 }, (x, y) => {
  log('inside', JSON.stringify(als.getStore()), x, y, other.getStore());
  other.run('o', () => {
    log('both', JSON.stringify(als.getStore()), other.getStore());
    als.run({ id: 2 }, () => log('nested', JSON.stringify(als.getStore()), other.getStore()));
    log('restored', JSON.stringify(als.getStore()));
  });
  als.exit(() => log('exit', als.getStore(), other.getStore()));
  log('after exit', JSON.stringify(als.getStore()));
  return 'ret';
}, 'a', 'b');
log('run returned', r, als.getStore());

try {
  als.run({ id: 3 }, () => { throw new Error('inside run'); });
} catch (err) {
  log('thrown through run', err.message, als.getStore());
}

const steps = [];
als.run('tick-store', () => {
  process.nextTick(() => steps.push(`nextTick ${als.getStore()}`));
  setTimeout(() => {
    steps.push(`timeout ${als.getStore()}`);
    setTimeout(() => steps.push(`nested timeout ${als.getStore()}`), 1);
  }, 1);
  setImmediate(() => steps.push(`immediate ${als.getStore()}`));
  queueMicrotask(() => steps.push(`microtask ${als.getStore()}`));
  const iv = setInterval(() => {
    steps.push(`interval ${als.getStore()}`);
    clearInterval(iv);
  }, 1);
});
als.run('other-store', () => {
  setTimeout(() => steps.push(`second timeout ${als.getStore()}`), 2);
});
setTimeout(() => steps.push(`no store ${als.getStore()}`), 3);

const bound = als.run('bound', () => AsyncLocalStorage.bind(() => als.getStore()));
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
log('bind', bound(), 'snapshot', snap(() => als.getStore()), snap((a, b) => a + b, 1, 2));

als.enterWith('entered');
log('enterWith', als.getStore());
als.disable();
log('disabled', als.getStore());
als.run('again', () => log('run after disable', als.getStore()));

setTimeout(() => {
  for (const s of steps.sort()) log(s);
}, 30);
