// TransformStream: transform, flush, start, terminate, cancel, errors.
'use strict';
Error.stackTraceLimit = 0;
const log = (...a) => console.log(...a);
const err = (label, e) => log(label, e?.name, e?.code, e?.message ?? e);

async function readAll(readable) {
  const out = [];
  for await (const v of readable) out.push(v);
  return out;
}

async function main() {
  const upper = new TransformStream({
    start(c) {
      log('start desiredSize', c.desiredSize, c);
    },
    transform(chunk, c) {
      c.enqueue(chunk.toUpperCase());
      c.enqueue('|');
    },
    flush(c) {
      c.enqueue('END');
    },
  });
  log(upper);
  const w = upper.writable.getWriter();
  w.write('ab');
  w.write('cd');
  w.close();
  log(await readAll(upper.readable));

  // Identity transform with backpressure from the readable side.
  const id = new TransformStream({}, { highWaterMark: 1 }, { highWaterMark: 0 });
  const iw = id.writable.getWriter();
  log('identity desiredSize', iw.desiredSize);
  const p = iw.write('one');
  log('desiredSize after write', iw.desiredSize);
  const reader = id.readable.getReader();
  log(await reader.read());
  await p;
  iw.close();
  log(await reader.read());

  // terminate() closes the readable and errors the writable.
  const term = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk);
      c.terminate();
    },
  });
  const tw = term.writable.getWriter();
  tw.write('last');
  log(await readAll(term.readable));
  try {
    await tw.write('more');
  } catch (e) {
    err('write after terminate', e);
  }
  let tc;
  new TransformStream({ start(c) { tc = c; } });
  tc.terminate();
  try {
    tc.enqueue(1);
  } catch (e) {
    err('enqueue after terminate', e);
  }

  // A throwing transform errors both sides.
  const bad = new TransformStream({ transform() { throw new Error('transform failed'); } });
  const bw = bad.writable.getWriter();
  const br = bad.readable.getReader();
  const pendingRead = br.read();
  try {
    await bw.write('x');
  } catch (e) {
    err('write', e);
  }
  try {
    await pendingRead;
  } catch (e) {
    err('read', e);
  }

  // A rejecting flush errors the readable.
  const flushFail = new TransformStream({ flush() { return Promise.reject(new Error('flush failed')); } });
  const fr = flushFail.readable.getReader();
  try {
    await flushFail.writable.close();
  } catch (e) {
    err('close', e);
  }
  try {
    await fr.read();
  } catch (e) {
    err('read after flush', e);
  }

  // controller.error.
  let ec;
  const errored = new TransformStream({ start(c) { ec = c; } });
  ec.error(new Error('ctl error'));
  log(errored, ec.desiredSize);
  try {
    ec.enqueue(1);
  } catch (e) {
    err('enqueue after error', e);
  }

  // Cancelling the readable calls transformer.cancel and errors the writable.
  const cancelled = new TransformStream({
    cancel(reason) {
      log('transformer cancel', reason);
    },
  });
  await cancelled.readable.cancel('not needed');
  try {
    await cancelled.writable.getWriter().write(1);
  } catch (e) {
    err('write after cancel', e);
  }
  // Aborting the writable calls cancel too and errors the readable.
  const aborted = new TransformStream({
    cancel(reason) {
      log('cancel from abort', reason);
    },
  });
  await aborted.writable.abort('abort reason');
  try {
    await aborted.readable.getReader().read();
  } catch (e) {
    err('read after abort', e);
  }

  // Async transform and start.
  const slow = new TransformStream({
    async start() {
      await null;
      log('async start done');
    },
    async transform(chunk, c) {
      await null;
      c.enqueue(chunk * 2);
    },
  });
  const sw = slow.writable.getWriter();
  sw.write(1);
  sw.write(2);
  sw.close();
  log(await readAll(slow.readable));

  // Validation.
  for (const [label, f] of [
    ['transformer number', () => new TransformStream(1)],
    ['readableType', () => new TransformStream({ readableType: 'bytes' })],
    ['writableType', () => new TransformStream({ writableType: 'bytes' })],
    ['transform not fn', () => new TransformStream({ transform: 1 })],
    ['flush not fn', () => new TransformStream({ flush: {} })],
    ['controller ctor', () => new TransformStreamDefaultController()],
    ['readable bad this', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({})],
    ['writable strategy', () => new TransformStream({}, { highWaterMark: -1 })],
  ]) {
    try {
      f();
    } catch (e) {
      err(label, e);
    }
  }
}

main();
