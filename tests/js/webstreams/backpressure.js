// Backpressure: pull only when desiredSize > 0, writer.ready across
// pipeThrough chains, highWaterMark 0.
'use strict';
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setTimeout(r, 1));

async function main() {
  const pulls = [];
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls.push(c.desiredSize);
      c.enqueue(++n);
    },
  }, { highWaterMark: 3 });
  await tick();
  log('filled to hwm', pulls, n);
  const reader = rs.getReader();
  await reader.read();
  await tick();
  log('one more pull after a read', pulls, n);

  const zero = new ReadableStream({
    pull(c) {
      log('hwm 0 pull, desiredSize', c.desiredSize);
      c.enqueue('z');
    },
  }, { highWaterMark: 0 });
  await tick();
  log('no pull yet');
  log(await zero.getReader().read());

  const ts = new TransformStream({}, { highWaterMark: 2 }, { highWaterMark: 1 });
  const w = ts.writable.getWriter();
  const states = [];
  for (let i = 0; i < 5; i++) {
    w.write(i);
    states.push(w.desiredSize);
  }
  await tick();
  log('writer desiredSize while nobody reads', states, w.desiredSize);
  const r = ts.readable.getReader();
  const got = [];
  for (let i = 0; i < 5; i++) got.push((await r.read()).value);
  await tick();
  log(got, w.desiredSize);

  const log2 = [];
  const slow = new WritableStream({
    async write(chunk) {
      log2.push(`write ${chunk}`);
      await tick();
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const sw = slow.getWriter();
  for (let i = 0; i < 4; i++) {
    log2.push(`ready ${sw.desiredSize}`);
    await sw.ready;
    sw.write(i);
  }
  await sw.close();
  log(log2);
}

main();
