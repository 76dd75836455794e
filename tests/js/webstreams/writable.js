// WritableStream: writers, sink calls, backpressure, close/abort, errors.
'use strict';
Error.stackTraceLimit = 0;
const log = (...a) => console.log(...a);
const err = (label, e) => log(label, e?.name, e?.code, e?.message ?? e);
const tick = () => new Promise((r) => setTimeout(r, 1));

async function main() {
  const calls = [];
  const ws = new WritableStream({
    start(c) {
      calls.push('start');
      log('controller', c, c.signal.aborted);
    },
    async write(chunk, c) {
      calls.push(`write ${chunk}`);
      await tick();
    },
    close() {
      calls.push('close');
    },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  log(ws.locked, w.desiredSize, w);
  const writes = [w.write('a'), w.write('b'), w.write('c')];
  log('desiredSize after 3 writes', w.desiredSize);
  await Promise.all(writes);
  log('desiredSize after drain', w.desiredSize);
  await w.close();
  log(calls, ws, w.desiredSize);
  log('closed', await w.closed);

  // ready toggles with backpressure; size() counts.
  const order = [];
  const bp = new WritableStream({
    write(chunk) {
      order.push(chunk);
      return tick();
    },
  }, { highWaterMark: 4, size: (chunk) => chunk.length });
  const bw = bp.getWriter();
  await bw.ready;
  bw.write('abc');
  log('desired', bw.desiredSize);
  const readyBefore = bw.ready;
  bw.write('de');
  log('desired', bw.desiredSize, 'ready replaced', readyBefore !== bw.ready);
  await bw.ready;
  log('ready again, desired', bw.desiredSize, order);
  await bw.close();

  // A sink write that throws errors the stream.
  const failing = new WritableStream({ write() { throw new Error('write failed'); } });
  const fw = failing.getWriter();
  try {
    await fw.write('x');
  } catch (e) {
    err('write rejected', e);
  }
  try {
    await fw.closed;
  } catch (e) {
    err('closed rejected', e);
  }
  log(failing, fw.desiredSize);
  try {
    await fw.write('y');
  } catch (e) {
    err('write after error', e);
  }

  // abort: reason goes to the sink, queued writes reject, signal aborts.
  let signal;
  const ab = new WritableStream({
    start(c) {
      signal = c.signal;
      signal.addEventListener('abort', () => log('signal abort event', signal.reason));
    },
    write() {
      return tick();
    },
    abort(reason) {
      log('sink abort', reason);
    },
  });
  const aw = ab.getWriter();
  const w1 = aw.write(1);
  const w2 = aw.write(2);
  const abortP = aw.abort('stop');
  for (const [label, p] of [['w1', w1], ['w2', w2], ['abort', abortP], ['closed', aw.closed]]) {
    try {
      log(label, 'resolved', await p);
    } catch (e) {
      err(label, e);
    }
  }
  log(ab, signal.aborted);

  // controller.error() while idle.
  let ctl;
  const ce = new WritableStream({ start(c) { ctl = c; } });
  const cw = ce.getWriter();
  ctl.error(new Error('ctl error'));
  try {
    await cw.ready;
  } catch (e) {
    err('ready rejected', e);
  }
  ctl.error(new Error('second ignored'));
  log(ce);

  // close() rejects when the sink's close throws.
  const closeFail = new WritableStream({ close() { throw new Error('close failed'); } });
  try {
    await closeFail.close();
  } catch (e) {
    err('close rejected', e);
  }

  // Writer errors.
  const es = new WritableStream();
  const ew = es.getWriter();
  try {
    es.getWriter();
  } catch (e) {
    err('second writer', e);
  }
  for (const [label, f] of [['ws.abort locked', () => es.abort()], ['ws.close locked', () => es.close()]]) {
    try {
      await f();
    } catch (e) {
      err(label, e);
    }
  }
  ew.close();
  for (const [label, f] of [['close twice', () => ew.close()], ['write after close', () => ew.write(1)]]) {
    try {
      await f();
    } catch (e) {
      err(label, e);
    }
  }
  ew.releaseLock();
  for (const [label, f] of [
    ['closed after release', () => ew.closed],
    ['ready after release', () => ew.ready],
    ['write released', () => ew.write(1)],
    ['close released', () => ew.close()],
    ['abort released', () => ew.abort()],
  ]) {
    try {
      await f();
    } catch (e) {
      err(label, e);
    }
  }
  try {
    log(ew.desiredSize);
  } catch (e) {
    err('desiredSize released', e);
  }
  ew.releaseLock();
  try {
    await es.close();
  } catch (e) {
    err('ws.close closed', e);
  }
  // Constructor validation.
  for (const [label, f] of [
    ['sink number', () => new WritableStream(1)],
    ['type', () => new WritableStream({ type: 'bytes' })],
    ['write not fn', () => new WritableStream({ write: 1 })],
    ['hwm', () => new WritableStream({}, { highWaterMark: -1 })],
    ['size', () => new WritableStream({}, { size: 'x' })],
    ['writer of number', () => new WritableStreamDefaultWriter(1)],
    ['controller ctor', () => new WritableStreamDefaultController()],
    ['bad this', () => WritableStream.prototype.getWriter.call({})],
  ]) {
    try {
      f();
    } catch (e) {
      err(label, e);
    }
  }
  // Writing a chunk whose size() throws.
  const st = new WritableStream({}, { size() { throw new Error('size threw'); } });
  const sw = st.getWriter();
  try {
    await sw.write('x');
  } catch (e) {
    err('size threw', e);
  }
  log(st);
  // Abort of an erroring/closed stream.
  const cl = new WritableStream();
  await cl.close();
  log('abort closed', await cl.abort('x'));
}

main();
