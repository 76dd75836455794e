// Default ReadableStream: start/pull/cancel, readers, controller state.
'use strict';
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setTimeout(r, 1));

async function main() {
  // start enqueues, reads drain the queue, close ends it.
  const rs = new ReadableStream({
    start(c) {
      log('start desiredSize', c.desiredSize);
      c.enqueue('a');
      c.enqueue('b');
      log('after enqueue desiredSize', c.desiredSize);
      c.close();
    },
  });
  log(rs.locked);
  const reader = rs.getReader();
  log(rs.locked);
  log(await reader.read());
  log(await reader.read());
  log(await reader.read());
  log(await reader.read());
  log('closed resolves', await reader.closed);
  reader.releaseLock();
  log('locked after release', rs.locked);

  // pull is called while desiredSize > 0 and on demand.
  let n = 0;
  const pulls = [];
  const counting = new ReadableStream({
    pull(c) {
      pulls.push(c.desiredSize);
      n++;
      if (n > 4) c.close();
      else c.enqueue(n);
    },
  }, { highWaterMark: 2 });
  await tick();
  log('pulls before read', pulls);
  const all = [];
  for await (const v of counting) all.push(v);
  log('values', all, 'pulls', pulls.length);

  // async start delays pull.
  const order = [];
  const slow = new ReadableStream({
    async start() {
      order.push('start');
      await tick();
      order.push('start done');
    },
    pull(c) {
      order.push('pull');
      c.enqueue('x');
      c.close();
    },
  });
  log(await slow.getReader().read(), order);

  // cancel: reason reaches the source, queue is dropped, reads end.
  const cancelled = new ReadableStream({
    start(c) {
      c.enqueue(1);
      c.enqueue(2);
    },
    cancel(reason) {
      log('cancel called with', reason);
      return 'ignored';
    },
  });
  const cr = cancelled.getReader();
  log(await cr.read());
  log('cancel result', await cr.cancel('stop'));
  log(await cr.read());

  // cancel rejects when the source's cancel throws.
  const bad = new ReadableStream({ cancel() { throw new Error('cancel failed'); } });
  try {
    await bad.cancel();
  } catch (e) {
    log('cancel rejected', e.message);
  }

  // controller.error errors reads and closed.
  let ctl;
  const errored = new ReadableStream({ start(c) { ctl = c; } });
  const er = errored.getReader();
  const pending = er.read();
  ctl.error(new Error('boom'));
  try {
    await pending;
  } catch (e) {
    log('read rejected', e.message);
  }
  try {
    await er.closed;
  } catch (e) {
    log('closed rejected', e.message);
  }
  log('desiredSize when errored', ctl.desiredSize);
  log(errored);

  // start throwing -> constructor throws.
  try {
    new ReadableStream({ start() { throw new Error('start threw'); } });
  } catch (e) {
    log('ctor threw', e.message);
  }
  // start rejecting -> stream errored.
  const rejecting = new ReadableStream({ start() { return Promise.reject(new Error('start rejected')); } });
  await tick();
  log(rejecting);
  try {
    await rejecting.getReader().read();
  } catch (e) {
    log(e.message);
  }
  // pull rejecting -> errored.
  const pullErr = new ReadableStream({ pull() { throw new Error('pull threw'); } });
  try {
    await pullErr.getReader().read();
  } catch (e) {
    log(e.message);
  }

  // cancel on a closed / errored stream.
  const closed = new ReadableStream({ start(c) { c.close(); } });
  log('cancel closed', await closed.cancel('x'));
  try {
    await rejecting.cancel();
  } catch (e) {
    log('cancel errored', e.message);
  }

  // Size algorithm and highWaterMark.
  let sc;
  new ReadableStream({ start(c) { sc = c; } }, { highWaterMark: 10, size: (chunk) => chunk.length });
  sc.enqueue('abcd');
  log('desiredSize with size()', sc.desiredSize);
  sc.enqueue('abcdefgh');
  log('desiredSize negative', sc.desiredSize);
  // A size() that throws errors the stream and rethrows.
  let tc;
  const thrower = new ReadableStream({ start(c) { tc = c; } }, { size() { throw new Error('size threw'); } });
  try {
    tc.enqueue(1);
  } catch (e) {
    log('enqueue threw', e.message, thrower);
  }
  let nc;
  const nan = new ReadableStream({ start(c) { nc = c; } }, { size: () => NaN });
  try {
    nc.enqueue(1);
  } catch (e) {
    log(e.name, e.code, e.message, nan);
  }
  let hc;
  new ReadableStream({ start(c) { hc = c; } }, { highWaterMark: 0 });
  log('hwm 0 desiredSize', hc.desiredSize);
  new ReadableStream({ start(c) { hc = c; } }, { highWaterMark: Infinity });
  log('hwm Infinity desiredSize', hc.desiredSize);

  // Reading with two queued reads resolves in order.
  let qc;
  const queued = new ReadableStream({ start(c) { qc = c; } });
  const qr = queued.getReader();
  const p1 = qr.read();
  const p2 = qr.read();
  log(qr);
  qc.enqueue('first');
  qc.enqueue('second');
  log(await p1, await p2);
  qc.close();
  log(await qr.read());
}

main();
