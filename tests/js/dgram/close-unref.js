// close() and its callback, 'close' once, close while the bind is still
// pending, ref/unref (an unref'd bound socket does not keep the process
// alive), AbortSignal closing a socket, Symbol.asyncDispose.
const dgram = require('dgram');
const log = (...a) => console.log(...a);

const early = dgram.createSocket('udp4');
early.on('listening', () => log('early listening'));
early.on('close', () => log('early close event'));
early.bind(0, '127.0.0.1');
// Closes at once: the pending bind then never completes (Node's too).
early.close(() => log('early close callback'));
log('close returns before listening');

const lazy = dgram.createSocket('udp4');
log('unbound close returns socket', lazy.close() === lazy);
lazy.on('close', () => log('lazy closed'));

const idle = dgram.createSocket('udp4');
log('ref/unref return this', idle.unref() === idle, idle.ref() === idle);
idle.bind(0, '127.0.0.1', () => {
  log('idle bound; unref it');
  idle.unref();
});
idle.on('message', () => log('idle got a message?!'));

const ac = new AbortController();
const aborted = dgram.createSocket({ type: 'udp4', signal: ac.signal });
aborted.on('close', () => log('aborted socket closed'));
aborted.bind(0, '127.0.0.1', () => {
  log('aborting');
  ac.abort();
});

const pre = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
try { pre.bind(0); } catch (e) { log('already-aborted socket:', e.code, e.message); }

const refAgain = dgram.createSocket('udp4');
refAgain.bind(0, '127.0.0.1', () => {
  refAgain.unref();
  refAgain.ref();
  setTimeout(() => {
    log('ref again still alive');
    refAgain.close(() => log('ref again closed'));
  }, 20);
});

(async () => {
  const d = dgram.createSocket('udp4');
  d.on('close', () => log('disposed socket closed'));
  await new Promise((r) => d.bind(0, '127.0.0.1', r));
  await d[Symbol.asyncDispose]();
  log('asyncDispose resolved');
  await d[Symbol.asyncDispose]();
  log('asyncDispose twice ok');
})();

process.on('exit', () => log('exit (the unref\'d socket did not hold the process)'));
