// Byte streams: BYOB readers, byobRequest.respond/respondWithNewView,
// autoAllocateChunkSize, the min option, detaching of buffers.
'use strict';
Error.stackTraceLimit = 0;
const log = (...a) => console.log(...a);
const err = (label, e) => log(label, e.name, e.code, e.message);

async function main() {
  // Enqueued chunks are read through a BYOB reader into the caller's view.
  let ctl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  log(rs, ctl.desiredSize);
  const chunk = new Uint8Array([1, 2, 3, 4, 5]);
  ctl.enqueue(chunk);
  log('enqueued chunk detached', chunk.byteLength, chunk.buffer.detached);
  const reader = rs.getReader({ mode: 'byob' });
  const view = new Uint8Array(3);
  const r1 = await reader.read(view);
  log(r1, 'view detached', view.byteLength);
  const r2 = await reader.read(new Uint8Array(10));
  log(r2, r2.value.buffer.byteLength, r2.value.byteOffset);
  ctl.close();
  const r3 = await reader.read(new Uint16Array(2));
  log(r3, r3.value.constructor.name);

  // pull answers BYOB requests with respond().
  let pulls = 0;
  const source = new ReadableStream({
    type: 'bytes',
    pull(c) {
      pulls++;
      const req = c.byobRequest;
      log('request view', req.view.constructor.name, req.view.byteLength, req.view.byteOffset);
      if (pulls > 2) {
        c.close();
        req.respond(0);
        return;
      }
      req.view[0] = pulls * 10;
      req.view[1] = pulls * 10 + 1;
      req.respond(2);
      log('after respond view', req.view);
    },
  });
  const br = source.getReader({ mode: 'byob' });
  log(await br.read(new Uint8Array(4)));
  log(await br.read(new DataView(new ArrayBuffer(6), 1, 4)));
  log(await br.read(new Uint8Array(4)));

  // respondWithNewView with a view on the transferred buffer.
  const nv = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const replacement = new Uint8Array(v.buffer, v.byteOffset, 2);
      replacement.set([7, 8]);
      c.byobRequest.respondWithNewView(replacement);
    },
  });
  log(await nv.getReader({ mode: 'byob' }).read(new Uint8Array(5)));

  // A default reader on a byte stream with autoAllocateChunkSize gets BYOB requests too.
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      log('auto view length', c.byobRequest.view.length);
      c.byobRequest.view.set([1, 2, 3]);
      c.byobRequest.respond(3);
    },
  });
  log(auto, await auto.getReader().read());

  // Without autoAllocateChunkSize a default reader gets enqueued chunks.
  const plain = new ReadableStream({
    type: 'bytes',
    pull(c) {
      log('byobRequest', c.byobRequest);
      c.enqueue(new Uint8Array([9, 9]));
    },
  });
  log(await plain.getReader().read());

  // The min option waits until enough elements are filled.
  let mc;
  const minStream = new ReadableStream({ type: 'bytes', start(c) { mc = c; } });
  const mr = minStream.getReader({ mode: 'byob' });
  const minRead = mr.read(new Uint8Array(6), { min: 4 });
  mc.enqueue(new Uint8Array([1, 2]));
  mc.enqueue(new Uint8Array([3]));
  mc.enqueue(new Uint8Array([4, 5]));
  log('min read', await minRead);
  try {
    await mr.read(new Uint8Array(2), { min: 3 });
  } catch (e) {
    err('min too large', e);
  }
  try {
    await mr.read(new Uint8Array(2), { min: 0 });
  } catch (e) {
    err('min 0', e);
  }

  // Errors.
  let ec;
  const es = new ReadableStream({ type: 'bytes', start(c) { ec = c; } });
  const er = es.getReader({ mode: 'byob' });
  for (const [label, f] of [
    ['read no view', () => er.read()],
    ['read number', () => er.read(1)],
    ['read empty', () => er.read(new Uint8Array(0))],
  ]) {
    try {
      await f();
    } catch (e) {
      err(label, e);
    }
  }
  const detached = new Uint8Array(4);
  structuredClone(detached.buffer, { transfer: [detached.buffer] });
  try {
    await er.read(detached);
  } catch (e) {
    err('read detached', e);
  }
  for (const [label, f] of [
    ['enqueue number', () => ec.enqueue(1)],
    ['enqueue empty', () => ec.enqueue(new Uint8Array(0))],
    ['enqueue string', () => ec.enqueue('abc')],
  ]) {
    try {
      f();
    } catch (e) {
      err(label, e);
    }
  }
  ec.close();
  try {
    ec.enqueue(new Uint8Array(1));
  } catch (e) {
    err('enqueue after close', e);
  }
  try {
    ec.close();
  } catch (e) {
    err('close twice', e);
  }
  log(await er.read(new Uint8Array(1)));

  // respond(0) on a readable stream is refused.
  const zero = new ReadableStream({
    type: 'bytes',
    pull(c) {
      try {
        c.byobRequest.respond(0);
      } catch (e) {
        err('respond 0', e);
      }
      try {
        c.byobRequest.respond(100);
      } catch (e) {
        err('respond too much', e);
      }
      c.byobRequest.respond(1);
      try {
        c.byobRequest.respond(1);
      } catch (e) {
        err('byobRequest after respond', e);
      }
    },
  });
  log(await zero.getReader({ mode: 'byob' }).read(new Uint8Array(2)));

  // error() rejects pending BYOB reads.
  let xc;
  const xs = new ReadableStream({ type: 'bytes', start(c) { xc = c; } });
  const xr = xs.getReader({ mode: 'byob' });
  const pending = xr.read(new Uint8Array(4));
  xc.error(new Error('byte boom'));
  try {
    await pending;
  } catch (e) {
    log('pending rejected', e.message, xc.desiredSize);
  }

  // Cancel resolves pending BYOB reads as done.
  const cs = new ReadableStream({ type: 'bytes', cancel(r) { log('byte cancel', r); } });
  const cr = cs.getReader({ mode: 'byob' });
  const cp = cr.read(new Uint8Array(3));
  await cr.cancel('why');
  log(await cp);

  // Releasing the BYOB reader rejects pending reads.
  const rel = new ReadableStream({ type: 'bytes' });
  const rr = rel.getReader({ mode: 'byob' });
  const rp = rr.read(new Uint8Array(3));
  rr.releaseLock();
  try {
    await rp;
  } catch (e) {
    err('released', e);
  }
  // Data left from a released BYOB read goes to the next reader.
  let lc;
  const left = new ReadableStream({ type: 'bytes', start(c) { lc = c; } });
  const lr = left.getReader({ mode: 'byob' });
  lr.read(new Uint8Array(4)).catch((e) => err('left read', e));
  lr.releaseLock();
  lc.enqueue(new Uint8Array([5, 6]));
  log(await left.getReader().read());
}

main();
