// Readable.from(iterable): a Readable (object mode by default) that pulls
// from a sync or async iterator as the consumer reads.
'use strict';

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    // One chunk, not one per character or byte.
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let isAsync;
  let iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  // One pull loop at a time.
  let reading = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else nextSync();
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Sync iterators are drained synchronously until push() says stop; a
  // yielded promise switches to awaiting.
  function nextSync() {
    for (;;) {
      let value;
      try {
        const res = iterator.next();
        if (res.done) {
          readable.push(null);
          return;
        }
        value = res.value;
      } catch (err) {
        readable.destroy(err);
        return;
      }
      if (value && typeof value.then === 'function') {
        awaitValue(value);
        return;
      }
      if (!pushValue(value)) return;
    }
  }

  async function awaitValue(promise) {
    let value;
    try {
      value = await promise;
    } catch (err) {
      readable.destroy(err);
      return;
    }
    if (pushValue(value)) nextSync();
  }

  // Pushes one value; true when the loop should go on.
  function pushValue(value) {
    if (value === null) {
      reading = false;
      readable.destroy(new codes.ERR_STREAM_NULL_VALUES());
      return false;
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  // Values of an async iterator are pushed as they are (not awaited).
  async function nextAsync() {
    for (;;) {
      let value;
      try {
        const res = await iterator.next();
        if (res.done) {
          readable.push(null);
          return;
        }
        value = res.value;
      } catch (err) {
        readable.destroy(err);
        return;
      }
      if (!pushValue(value)) return;
    }
  }

  return readable;
}

module.exports = from;
