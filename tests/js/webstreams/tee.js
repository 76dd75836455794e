// tee(): default and byte streams, cancel of both branches, errors.
'use strict';
const log = (...a) => console.log(...a);

async function collect(stream) {
  const out = [];
  for await (const v of stream) out.push(v);
  return out;
}

async function main() {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue({ x: 1 });
      c.close();
    },
  });
  const [a, b] = rs.tee();
  log(rs.locked, a, b);
  const [va, vb] = await Promise.all([collect(a), collect(b)]);
  log(va, vb, 'same object', va[1] === vb[1]);

  // One branch read first, then the other.
  let n = 0;
  const pulled = new ReadableStream({
    pull(c) {
      n++;
      if (n > 3) c.close();
      else c.enqueue(n);
    },
  });
  const [p1, p2] = pulled.tee();
  log(await collect(p1));
  log(await collect(p2));

  // Cancelling both branches cancels the source with both reasons.
  const source = new ReadableStream({
    cancel(reason) {
      log('source cancel', reason);
      return 'done';
    },
  });
  const [c1, c2] = source.tee();
  const first = c1.cancel('r1');
  log('first settles only after both');
  const second = c2.cancel('r2');
  log(await first, await second);

  // Cancelling one branch leaves the other readable.
  const one = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  const [o1, o2] = one.tee();
  await o1.cancel('only one');
  log(await collect(o2));

  // An error reaches both branches.
  let ctl;
  const failing = new ReadableStream({ start(c) { ctl = c; } });
  const [f1, f2] = failing.tee();
  const r1 = f1.getReader();
  const r2 = f2.getReader();
  ctl.enqueue('before');
  log(await r1.read());
  ctl.error(new Error('tee boom'));
  for (const r of [r1, r2]) {
    try {
      log(await r.read());
      await r.read();
    } catch (e) {
      log('branch error', e.message);
    }
  }

  // Byte stream tee: branches are byte streams; chunks are copies.
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3]));
      c.enqueue(new Uint8Array([4]));
      c.close();
    },
  });
  const [b1, b2] = bytes.tee();
  log(b1, b2);
  const d1 = b1.getReader();
  const x1 = await d1.read();
  const x2 = await b2.getReader().read();
  log(x1, x2, 'distinct buffers', x1.value.buffer !== x2.value.buffer);
  const byob = b2.getReader ? null : null;
  void byob;
  log(await d1.read(), await d1.read());

  // A BYOB read on a byte-tee branch.
  const src = new ReadableStream({
    type: 'bytes',
    pull(c) {
      c.enqueue(new Uint8Array([10, 20, 30, 40]));
      c.close();
    },
  });
  const [y1, y2] = src.tee();
  const yr = y1.getReader({ mode: 'byob' });
  log(await yr.read(new Uint8Array(2)));
  log(await yr.read(new Uint8Array(4)));
  log(await collect(y2));
}

main();
