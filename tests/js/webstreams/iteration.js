// Async iteration (values, preventCancel, break, return) and ReadableStream.from.
'use strict';
Error.stackTraceLimit = 0;
const log = (...a) => console.log(...a);

function counter(limit, onCancel) {
  let n = 0;
  return new ReadableStream({
    pull(c) {
      n++;
      if (n > limit) c.close();
      else c.enqueue(n);
    },
    cancel(reason) {
      onCancel?.(reason);
    },
  });
}

async function main() {
  const out = [];
  for await (const v of counter(3)) out.push(v);
  log('for await', out);

  // break cancels the stream (return() with undefined).
  const s1 = counter(10, (r) => log('cancelled with', r));
  for await (const v of s1) {
    if (v === 2) break;
  }
  log('after break', s1.locked, s1);

  // preventCancel keeps the stream open and unlocks it.
  const s2 = counter(10, () => log('should not cancel'));
  for await (const v of s2.values({ preventCancel: true })) {
    if (v === 2) break;
  }
  log('preventCancel', s2.locked, s2);
  log(await s2.getReader().read());

  // Iterator protocol by hand.
  const it = counter(1)[Symbol.asyncIterator]();
  log(Object.prototype.toString.call(it), typeof it.next, typeof it.return);
  log(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})()).__proto__) || 'proto ok');
  log(await it.next(), await it.next(), await it.next());
  log(await it.return('r'));

  // Concurrent next() calls resolve in order.
  const it2 = counter(3).values();
  log(await Promise.all([it2.next(), it2.next(), it2.next(), it2.next()]));

  // return() while reading cancels with the value.
  const it3 = counter(5, (r) => log('return cancel', r)).values();
  await it3.next();
  log(await it3.return('bye'));
  log(await it3.next());

  // An errored stream throws in for-await.
  const bad = new ReadableStream({ pull() { throw new Error('pull boom'); } });
  try {
    for await (const v of bad) log(v);
  } catch (e) {
    log('for await threw', e.message, bad.locked);
  }
  // Locked stream cannot be iterated.
  const locked = counter(1);
  locked.getReader();
  try {
    locked.values();
  } catch (e) {
    log(e.name, e.code, e.message);
  }

  // ReadableStream.from: arrays, sync and async generators, strings, streams.
  const collect = async (s) => {
    const a = [];
    for await (const v of s) a.push(v);
    return a;
  };
  log(await collect(ReadableStream.from([1, 2, 3])));
  log(await collect(ReadableStream.from('héllo')));
  log(await collect(ReadableStream.from([Promise.resolve('p'), 'q'])));
  log(await collect(ReadableStream.from(new Set(['s1', 's2']))));
  log(await collect(ReadableStream.from((function* () { yield 'g1'; yield 'g2'; })())));
  log(await collect(ReadableStream.from((async function* () { yield 'a1'; yield 'a2'; })())));
  log(await collect(ReadableStream.from(ReadableStream.from(['nested']))));
  const fromRs = ReadableStream.from([1]);
  log(fromRs, fromRs instanceof ReadableStream);

  // Cancelling calls the iterator's return().
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      log('generator finally');
    }
  })();
  const gs = ReadableStream.from(gen);
  const gr = gs.getReader();
  log(await gr.read());
  await gr.cancel('stop');
  log(await gr.read());

  // Errors from the iterator error the stream.
  const throwing = ReadableStream.from((function* () {
    yield 'ok';
    throw new Error('gen threw');
  })());
  try {
    await collect(throwing);
  } catch (e) {
    log('from error', e.message);
  }
  const badNext = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
  try {
    await collect(badNext);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  for (const v of [1, {}, null, undefined]) {
    try {
      ReadableStream.from(v);
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  }
}

main();
