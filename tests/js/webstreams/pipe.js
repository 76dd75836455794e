// pipeTo and pipeThrough: close/error propagation, prevent* options, signals.
'use strict';
Error.stackTraceLimit = 0;
const log = (...a) => console.log(...a);
const err = (label, e) => log(label, e?.name, e?.code, e?.message ?? e);
const tick = () => new Promise((r) => setTimeout(r, 1));

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      if (!extra.open) c.close();
    },
    cancel(reason) {
      log('source cancel', reason?.message ?? reason);
    },
  });
}

function sink(name, extra = {}) {
  const got = [];
  const ws = new WritableStream({
    write(chunk) {
      got.push(chunk);
      if (extra.failOn === chunk) throw new Error(`${name} write failed`);
    },
    close() {
      log(name, 'close', got);
    },
    abort(reason) {
      log(name, 'abort', reason?.message ?? reason, got);
    },
  });
  return ws;
}

async function main() {
  await source([1, 2, 3]).pipeTo(sink('plain'));
  log('piped');

  const open = sink('preventClose');
  await source(['a'], {}).pipeTo(open, { preventClose: true });
  log('dest still writable', open, open.locked);

  // Source error aborts the destination unless preventAbort.
  const failing = () => new ReadableStream({ pull() { throw new Error('source failed'); } });
  try {
    await failing().pipeTo(sink('aborted'));
  } catch (e) {
    err('pipe rejected', e);
  }
  const keep = sink('keep');
  try {
    await failing().pipeTo(keep, { preventAbort: true });
  } catch (e) {
    err('preventAbort rejected', e);
  }
  log(keep);

  // Destination error cancels the source unless preventCancel.
  try {
    await source([1, 2, 3], { open: true }).pipeTo(sink('fails', { failOn: 2 }));
  } catch (e) {
    err('dest error', e);
  }
  const kept = source([1, 2, 3], { open: true });
  try {
    await kept.pipeTo(sink('fails2', { failOn: 1 }), { preventCancel: true });
  } catch (e) {
    err('preventCancel', e);
  }
  log(kept, kept.locked);

  // Closed destination.
  const closed = new WritableStream();
  await closed.close();
  try {
    await source([1], { open: true }).pipeTo(closed);
  } catch (e) {
    err('closed dest', e);
  }

  // Abort signal, before and during the pipe.
  const ac = new AbortController();
  ac.abort();
  try {
    await source([1], { open: true }).pipeTo(sink('pre-aborted'), { signal: ac.signal });
  } catch (e) {
    err('pre-aborted', e);
  }
  const ac2 = new AbortController();
  const slow = new ReadableStream({
    async pull(c) {
      await tick();
      c.enqueue('tick');
    },
    cancel(reason) {
      log('slow cancel', reason);
    },
  });
  const pipe = slow.pipeTo(sink('during'), { signal: ac2.signal });
  await tick();
  await tick();
  ac2.abort('custom reason');
  try {
    await pipe;
  } catch (e) {
    err('aborted during', e);
  }
  log(slow.locked);
  const ac3 = new AbortController();
  const s3 = source([1], { open: true });
  const d3 = sink('prevented');
  const p3 = s3.pipeTo(d3, { signal: ac3.signal, preventAbort: true, preventCancel: true });
  ac3.abort(new Error('both prevented'));
  try {
    await p3;
  } catch (e) {
    err('p3', e);
  }
  log(s3, d3);

  // pipeThrough chains transforms and returns the readable side.
  const double = new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 2); } });
  const plusOne = new TransformStream({ transform(c, ctl) { ctl.enqueue(c + 1); } });
  const out = source([1, 2, 3]).pipeThrough(double).pipeThrough(plusOne);
  log(out === plusOne.readable, double.writable.locked);
  const values = [];
  for await (const v of out) values.push(v);
  log(values);

  // Backpressure: the source is not read ahead of a slow sink.
  let produced = 0;
  const eager = new ReadableStream({
    pull(c) {
      produced++;
      if (produced > 6) c.close();
      else c.enqueue(produced);
    },
  }, { highWaterMark: 0 });
  const seen = [];
  await eager.pipeTo(new WritableStream({
    async write(chunk) {
      seen.push([chunk, produced]);
      await tick();
    },
  }, { highWaterMark: 1 }));
  log(seen);
}

main();
