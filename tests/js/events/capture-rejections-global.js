// captureRejections turned on for all emitters, per emitter, off again;
// thenables; the rejection hook receives the event's arguments.
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;
Error.stackTraceLimit = 0;
console.log(EventEmitter.captureRejections, captureRejectionSymbol.toString());
for (const v of ['yes', 1, null, undefined]) {
  try {
    EventEmitter.captureRejections = v;
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const opts of [{ captureRejections: 'yes' }, { captureRejections: 1 }, { captureRejections: 0 },
  { captureRejections: null }, { captureRejections: false }, null, 'str']) {
  try {
    const e = new EventEmitter(opts);
    console.log('created', JSON.stringify(opts), e[Object.getOwnPropertySymbols(e).find((s) => String(s) === 'Symbol(kCapture)')]);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const old = new EventEmitter();
EventEmitter.captureRejections = true;
const fresh = new EventEmitter();
console.log(EventEmitter.captureRejections);
EventEmitter.captureRejections = false;
const optOut = new EventEmitter({ captureRejections: false });
console.log(EventEmitter.captureRejections);

fresh.on('error', (err) => console.log('fresh error', err.message));
fresh.on('job', async (a, b) => { throw new Error(`failed ${a} ${b}`); });
console.log('emit returns', fresh.emit('job', 1, 2));

// A rejection hook gets the error, the event name and the arguments.
const hooked = new EventEmitter({ captureRejections: true });
hooked[captureRejectionSymbol] = function (err, name, ...args) {
  console.log('hook', err.message, name, args, this === hooked);
};
hooked.on('job', async (x) => { throw new Error(`hooked ${x}`); });
hooked.emit('job', 'arg');

// Thenables count; resolved promises do nothing.
const thenable = new EventEmitter({ captureRejections: true });
thenable.on('error', (err) => console.log('thenable error', err));
thenable.on('t', () => ({ then(ok, fail) { fail('thenable rejected'); } }));
thenable.on('t', async () => 'fine');
thenable.emit('t');

// Without capture a rejection is not turned into 'error'.
old.on('error', () => console.log('never'));
old.on('job', () => Promise.resolve('ok'));
old.emit('job');
optOut.on('error', () => console.log('never'));
optOut.on('job', async () => 'ok');
optOut.emit('job');

// A rejection inside the 'error' listener itself is not captured again.
const loop = new EventEmitter({ captureRejections: true });
loop.on('error', async (err) => {
  console.log('error listener got', err.message);
});
loop.on('x', async () => { throw new Error('from x'); });
loop.emit('x');
setTimeout(() => console.log('done'), 20);
