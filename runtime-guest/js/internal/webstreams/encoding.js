// TextEncoderStream and TextDecoderStream: TransformStreams around the
// TextEncoder/TextDecoder of internal/encoding.
'use strict';

const { codes } = require('internal/errors');
const { kState, setState, hasState, kInspect, customInspect, webIdlShape } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');
const { TextEncoder, TextDecoder } = require('internal/encoding');

function checkThis(self, name) {
  if (!hasState(self, name)) throw new codes.ERR_INVALID_THIS(name);
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A lead surrogate at the end of a chunk waits for the next chunk, so a
    // pair split across two writes still encodes as one code point.
    let pending = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = pending + `${chunk}`;
        pending = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    setState(this, { brand: 'TextEncoderStream', transform });
  }

  get encoding() {
    checkThis(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    checkThis(this, 'TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkThis(this, 'TextEncoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'TextEncoderStream', depth, options, inspect, {
      encoding: this.encoding,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
    setState(this, { brand: 'TextDecoderStream', decoder, transform });
  }

  get encoding() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'TextDecoderStream', depth, options, inspect, {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

webIdlShape(TextEncoderStream);
webIdlShape(TextDecoderStream);

module.exports = { TextEncoderStream, TextDecoderStream };
