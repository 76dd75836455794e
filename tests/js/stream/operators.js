// Readable iterator helpers: map/filter/flatMap/drop/take and the promise ones.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
const from = (a) => Readable.from(a);
(async () => {
  log('map', await from([1, 2, 3]).map((x) => x * 2).toArray());
  log('async map', await from([1, 2, 3]).map(async (x) => x + 1).toArray());
  log('filter', await from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  log('flatMap', await from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  log('drop', await from([1, 2, 3, 4]).drop(2).toArray());
  log('take', await from([1, 2, 3, 4]).take(2).toArray());
  log('take 0', await from([1, 2]).take(0).toArray());
  log('some', await from([1, 2, 3]).some((x) => x > 2), await from([1]).some((x) => x > 2));
  log('every', await from([1, 2, 3]).every((x) => x > 0), await from([1, -1]).every((x) => x > 0));
  log('find', await from([1, 2, 3]).find((x) => x > 1), await from([1]).find((x) => x > 5));
  log('reduce', await from([1, 2, 3]).reduce((a, b) => a + b), await from([1, 2, 3]).reduce((a, b) => a + b, 10));
  const seen = [];
  log('forEach', await from(['a', 'b']).forEach((x) => seen.push(x)), seen);
  log('concurrency order kept', await from([30, 10, 20]).map(
    (ms) => new Promise((res) => setTimeout(() => res(ms), ms)), { concurrency: 3 }).toArray());
  log('chained', await from([1, 2, 3, 4, 5, 6]).filter((x) => x % 2).map((x) => x * x).take(2).toArray());
  log('returns Readable', from([1]).map((x) => x) instanceof Readable);
  log('method names', Readable.prototype.map.name, Readable.prototype.toArray.name, Readable.prototype.map.length);

  for (const [label, fn] of [
    ['map non-fn', () => from([1]).map(5)],
    ['filter non-fn', () => from([1]).filter('x')],
    ['drop negative', () => from([1]).drop(-1)],
    ['take options', () => from([1]).take(1, 'bad')],
    ['map concurrency 0', () => from([1]).map((x) => x, { concurrency: 0 })],
    ['map signal', () => from([1]).map((x) => x, { signal: 'nope' })],
    ['new map', () => new (Readable.prototype.map)((x) => x)],
  ]) {
    try {
      fn();
      log(label, 'no throw');
    } catch (e) {
      log(label, e.name, e.code, e.message);
    }
  }
  for (const [label, fn] of [
    ['reduce empty', () => from([]).reduce((a, b) => a + b)],
    ['reduce non-fn', () => from([1]).reduce(1)],
    ['forEach non-fn', () => from([1]).forEach()],
    ['toArray options', () => from([1]).toArray(1)],
    ['map throws', () => from([1, 2]).map((x) => { if (x === 2) throw new Error('map threw'); return x; }).toArray()],
  ]) {
    try {
      await fn();
      log(label, 'no rejection');
    } catch (e) {
      log(label, e.name, e.code, e.message);
    }
  }
  const ac = new AbortController();
  ac.abort();
  try {
    await from([1, 2]).toArray({ signal: ac.signal });
  } catch (e) {
    log('aborted toArray', e.name, e.message);
  }
})();
