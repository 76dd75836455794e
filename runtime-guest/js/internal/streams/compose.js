// compose(...streams): one Duplex that writes into the first stream and
// reads from the last, with the streams piped together in between.
'use strict';

const { codes, AbortError } = require('internal/errors');
const Duplex = require('internal/streams/duplex');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const {
  isNodeStream, isReadable, isWritable, isWebStream, isTransformStream, isWritableStream, isReadableStream,
} = require('internal/streams/utils');

function validateEnds(streams, original) {
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n]) && !isWebStream(streams[n])) continue;
    if (n < streams.length - 1 &&
        !(isReadable(streams[n]) || isReadableStream(streams[n]) || isTransformStream(streams[n]))) {
      throw new codes.ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(streams[n]) || isWritableStream(streams[n]) || isTransformStream(streams[n]))) {
      throw new codes.ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be writable');
    }
  }
}

function takeCallback(holder, key) {
  const cb = holder[key];
  holder[key] = null;
  return cb;
}

function compose(...streams) {
  if (streams.length === 0) throw new codes.ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const original = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);
  validateEnds(streams, original);

  // Pending callbacks of the composed stream's _write/_final/_read/_destroy.
  const pending = { ondrain: null, onfinish: null, onreadable: null, onclose: undefined };
  let d;
  let readable;
  let writable;

  function onfinished(err) {
    const cb = pending.onclose;
    pending.onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  writable = !!(isWritable(head) || isWritableStream(head) || isTransformStream(head));
  readable = !!(isReadable(tail) || isReadableStream(tail) || isTransformStream(tail));

  d = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });

  if (writable) setUpWritable(d, head, tail, pending);
  if (readable) setUpReadable(d, tail, pending);

  d._destroy = function (err, callback) {
    if (!err && pending.onclose !== null) err = new AbortError();
    pending.onreadable = null;
    pending.ondrain = null;
    pending.onfinish = null;
    if (pending.onclose === null) {
      callback(err);
    } else {
      pending.onclose = callback;
      if (isNodeStream(tail)) destroyer(tail, err);
    }
  };
  return d;
}

function setUpWritable(d, head, tail, pending) {
  if (isNodeStream(head)) {
    d._write = function (chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else pending.ondrain = callback;
    };
    d._final = function (callback) {
      head.end();
      pending.onfinish = callback;
    };
    head.on('drain', () => {
      if (pending.ondrain) takeCallback(pending, 'ondrain')();
    });
  } else if (isWebStream(head)) {
    const writer = (isTransformStream(head) ? head.writable : head).getWriter();
    d._write = async function (chunk, encoding, callback) {
      try {
        await writer.ready;
        writer.write(chunk).catch(() => {});
        callback();
      } catch (err) {
        callback(err);
      }
    };
    d._final = async function (callback) {
      try {
        await writer.ready;
        writer.close().catch(() => {});
        pending.onfinish = callback;
      } catch (err) {
        callback(err);
      }
    };
  }
  // The composed stream finishes when the last one is done.
  const toRead = isTransformStream(tail) ? tail.readable : tail;
  eos(toRead, () => {
    if (pending.onfinish) takeCallback(pending, 'onfinish')();
  });
}

function setUpReadable(d, tail, pending) {
  if (isNodeStream(tail)) {
    tail.on('readable', () => {
      if (pending.onreadable) takeCallback(pending, 'onreadable')();
    });
    tail.on('end', () => {
      d.push(null);
    });
    d._read = function () {
      while (true) {
        const buf = tail.read();
        if (buf === null) {
          pending.onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  } else if (isWebStream(tail)) {
    const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
    d._read = async function () {
      while (true) {
        try {
          const { value, done } = await reader.read();
          if (!d.push(value)) return;
          if (done) {
            d.push(null);
            return;
          }
        } catch {
          return;
        }
      }
    };
  }
}

module.exports = compose;
