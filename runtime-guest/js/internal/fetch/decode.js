// fetch hands the program a decoded response body, as Node's fetch does:
// the codings of Content-Encoding (gzip, x-gzip, deflate, br; a list is
// undone last-applied first) are removed with zlib. The header itself is
// kept. A list naming any other coding (identity included) is left
// untouched, since it cannot be fully undone. Decoding flushes what it has
// at the end instead of demanding a complete trailer, so a truncated body
// yields what could be decoded; data that is not in the coding fails the
// body with TypeError('terminated') whose cause is zlib's error.
'use strict';

const { ReadableStream } = require('internal/webstreams/readablestream');

const DECODERS = {
  gzip: 'createGunzip',
  'x-gzip': 'createGunzip',
  deflate: 'createInflate',
  br: 'createBrotliDecompress',
};

// The decoders to apply, in order, or null when the body stays as it is.
function decodersFor(contentEncoding) {
  if (contentEncoding === null) return null;
  const codings = contentEncoding.toLowerCase().split(',').map((c) => c.trim()).reverse();
  if (codings.length === 0 || !codings.every((c) => Object.hasOwn(DECODERS, c))) return null;
  return codings;
}

function makeDecoder(coding) {
  const zlib = require('zlib');
  const { constants } = zlib;
  const flush = coding === 'br'
    ? { flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH }
    : { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };
  return zlib[DECODERS[coding]](flush);
}

// `raw` is the body as it came off the wire; returns the stream to expose.
function decodeBody(raw, headers) {
  const codings = raw === null ? null : decodersFor(headers.get('content-encoding'));
  if (codings === null) return raw;
  const decoders = codings.map(makeDecoder);
  for (let i = 0; i + 1 < decoders.length; i++) decoders[i].pipe(decoders[i + 1]);
  const first = decoders[0];
  const last = decoders[decoders.length - 1];
  const reader = raw.getReader();
  let controller;
  let done = false;
  let resume = null;

  const stop = () => {
    done = true;
    for (const d of decoders) d.destroy();
    if (resume) resume();
  };
  // A broken wire already failed `raw` with fetch's own error; a zlib
  // failure is wrapped the way Node's fetch does it.
  const fail = (err, fromWire) => {
    if (done) return;
    stop();
    controller.error(fromWire ? err : new TypeError('terminated', { cause: err }));
    reader.cancel(err).catch(() => {});
  };

  // Feeds the wire's chunks to the decoders, waiting while the consumer
  // has enough queued (backpressure) and while zlib's input is full.
  const pump = async () => {
    while (!done) {
      if (controller.desiredSize <= 0) {
        await new Promise((r) => { resume = r; });
        resume = null;
        continue;
      }
      let chunk;
      try {
        chunk = await reader.read();
      } catch (err) {
        fail(err, true);
        return;
      }
      if (done) return;
      if (chunk.done) {
        first.end();
        return;
      }
      if (!first.write(chunk.value)) await new Promise((r) => first.once('drain', r));
    }
  };

  return new ReadableStream({
    start(c) {
      controller = c;
      for (const d of decoders) d.on('error', (err) => fail(err, false));
      last.on('data', (buf) => {
        if (!done) controller.enqueue(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
      });
      last.on('end', () => {
        if (done) return;
        done = true;
        controller.close();
      });
      pump();
    },
    pull() {
      if (resume) resume();
    },
    cancel(reason) {
      stop();
      return reader.cancel(reason);
    },
  });
}

module.exports = { decodeBody };
