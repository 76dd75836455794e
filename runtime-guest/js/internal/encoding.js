// TextEncoder and TextDecoder (WHATWG Encoding), backed by the UTF-8
// natives in runtime-guest/src/codec.rs. Decoders: UTF-8, UTF-16LE and
// latin1 (windows-1252 labels decode as latin1, as Node without ICU does).
'use strict';

const { codes } = require('internal/errors');

function invalidThis(type) {
  return new codes.ERR_INVALID_THIS(type);
}

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || Object.prototype.toString.call(input) === '[object SharedArrayBuffer]') {
    return new Uint8Array(input);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return binding.utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    if (!(dest instanceof Uint8Array)) throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    src = `${src}`;
    let read = 0;
    let written = 0;
    // Whole code points only, as many as fit.
    for (const ch of src) {
      const bytes = binding.utf8Encode(ch);
      if (written + bytes.length > dest.length) break;
      dest.set(bytes, written);
      written += bytes.length;
      read += ch.length;
    }
    return { read, written };
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

const LABELS = new Map([
  ...['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'].map((l) => [l, 'utf-8']),
  ...['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'].map((l) => [l, 'utf-16le']),
  ...['ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591',
    'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'].map((l) => [l, 'windows-1252']),
]);

// Bytes at the end of `bytes` that start an incomplete UTF-8 sequence.
function incompleteTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomSeen = false;

  constructor(label = 'utf-8', options = {}) {
    const enc = LABELS.get(`${label}`.trim().toLowerCase());
    if (enc === undefined) {
      const err = new RangeError(`The "${label}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      require('internal/errors').fixStackName(err, 'RangeError [ERR_ENCODING_NOT_SUPPORTED]');
      throw err;
    }
    if (options !== null && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#encoding = enc;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }

  decode(input = undefined, options = {}) {
    let bytes = toBytes(input);
    const stream = Boolean(options?.stream);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    let text;
    if (this.#encoding === 'utf-8') {
      const keep = stream ? incompleteTail(bytes) : 0;
      if (keep > 0) {
        this.#pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
      text = binding.utf8Decode(bytes, this.#fatal);
      if (text === null) {
        throw Object.assign(new TypeError('The encoded data was not valid for encoding utf-8'), {
          code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
        });
      }
    } else if (this.#encoding === 'utf-16le') {
      let even = bytes.length & ~1;
      if (stream && even !== bytes.length) {
        this.#pending = bytes.slice(even);
      } else if (even !== bytes.length) {
        if (this.#fatal) throw new TypeError('The encoded data was not valid for encoding utf-16le');
        even = bytes.length; // the odd byte decodes to U+FFFD below
      }
      text = '';
      for (let i = 0; i + 1 < even; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      if (even === bytes.length && bytes.length % 2 === 1) text += '\ufffd';
    } else {
      text = '';
      for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    }
    if (!this.#ignoreBOM && !this.#bomSeen && this.#encoding !== 'windows-1252') {
      if (text.length > 0) {
        this.#bomSeen = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
    }
    if (!stream) this.#bomSeen = false;
    return text;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextEncoder, TextDecoder };
