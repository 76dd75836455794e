// TextEncoder and TextDecoder (WHATWG Encoding), backed by the UTF-8
// natives in runtime-guest/src/codec.rs. Decoders: UTF-8, UTF-16LE,
// UTF-16BE and windows-1252 (which the latin1/ascii labels name, as in
// the WHATWG standard). The other legacy encodings Node decodes through ICU
// throw ERR_ENCODING_NOT_SUPPORTED.
'use strict';

const { codes } = require('internal/errors');

function invalidThis(type) {
  return new codes.ERR_INVALID_THIS(type);
}

function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  require('internal/errors').fixStackName(err, `${Base.name} [${code}]`);
  return err;
}

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || Object.prototype.toString.call(input) === '[object SharedArrayBuffer]') {
    return new Uint8Array(input);
  }
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

function invalidData(encoding) {
  return nodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${encoding}`);
}

const kEncoder = Symbol('kEncoder');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function wellFormed(str) {
  return str.toWellFormed ? str.toWellFormed() : str;
}

class TextEncoder {
  constructor() {
    Object.defineProperty(this, kEncoder, { value: true });
  }

  get encoding() {
    if (!this?.[kEncoder]) throw invalidThis('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!this?.[kEncoder]) throw invalidThis('TextEncoder');
    return binding.utf8Encode(wellFormed(`${input}`));
  }

  encodeInto(src, dest) {
    if (!this?.[kEncoder]) throw invalidThis('TextEncoder');
    if (!(dest instanceof Uint8Array)) throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    src = `${src}`;
    let read = 0;
    let written = 0;
    // Whole code points only, as many as fit; a lone surrogate is U+FFFD.
    for (const ch of src) {
      const bytes = binding.utf8Encode(wellFormed(ch));
      if (written + bytes.length > dest.length) break;
      dest.set(bytes, written);
      written += bytes.length;
      read += ch.length;
    }
    return { read, written };
  }

  [kInspect](depth, options, inspect) {
    return inspect({ encoding: 'utf-8' }, options);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

// WHATWG labels of the encodings sandnode decodes. Other WHATWG encodings
// (iso-8859-*, shift_jis, ...) need ICU tables and are reported as not
// supported.
const LABELS = new Map([
  ...['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'].map((l) => [l, 'utf-8']),
  ...['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'].map((l) => [l, 'utf-16le']),
  ...['unicodefffe', 'utf-16be'].map((l) => [l, 'utf-16be']),
  ...['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
    'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'].map((l) => [l, 'windows-1252']),
]);

// windows-1252 bytes 0x80-0x9f; the rest match latin1.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

// Bytes at the end of `bytes` that start an incomplete UTF-8 sequence.
function incompleteTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    // Bytes that never start a sequence: nothing to wait for.
    if (b >= 0xf5 || b === 0xc0 || b === 0xc1) return 0;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const kDecoder = Symbol('kDecoder');

function decoderState(self) {
  const state = self?.[kDecoder];
  if (state === undefined) throw invalidThis('TextDecoder');
  return state;
}

function unsupported(label) {
  return nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);
}

class TextDecoder {
  constructor(label = 'utf-8', options = undefined) {
    label = `${label}`;
    const enc = LABELS.get(label.trim().toLowerCase());
    if (enc === undefined) throw unsupported(label);
    if (options != null && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    Object.defineProperty(this, kDecoder, {
      value: {
        encoding: enc,
        fatal: Boolean(options?.fatal),
        ignoreBOM: Boolean(options?.ignoreBOM),
        pending: null,
        bomSeen: false,
      },
    });
  }

  get encoding() { return decoderState(this).encoding; }
  get fatal() { return decoderState(this).fatal; }
  get ignoreBOM() { return decoderState(this).ignoreBOM; }

  decode(input = undefined, options = undefined) {
    const state = decoderState(this);
    let bytes = toBytes(input);
    const stream = Boolean(options?.stream);
    if (state.pending !== null) {
      const joined = new Uint8Array(state.pending.length + bytes.length);
      joined.set(state.pending);
      joined.set(bytes, state.pending.length);
      bytes = joined;
      state.pending = null;
    }
    let text;
    if (state.encoding === 'utf-8') {
      text = decodeUtf8(state, bytes, stream);
    } else if (state.encoding === 'windows-1252') {
      text = decodeWindows1252(bytes);
    } else {
      text = decodeUtf16(state, bytes, stream, state.encoding === 'utf-16be');
    }
    if (!state.ignoreBOM && !state.bomSeen && state.encoding !== 'windows-1252' && text.length > 0) {
      state.bomSeen = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!stream) state.bomSeen = false;
    return text;
  }

  [kInspect](depth, options, inspect) {
    const state = decoderState(this);
    if (depth < 0) return 'TextDecoder';
    return `TextDecoder ${inspect({ encoding: state.encoding, fatal: state.fatal, ignoreBOM: state.ignoreBOM }, options)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

function decodeUtf8(state, bytes, stream) {
  const keep = stream ? incompleteTail(bytes) : 0;
  if (keep > 0) {
    state.pending = bytes.slice(bytes.length - keep);
    bytes = bytes.subarray(0, bytes.length - keep);
  }
  const text = binding.utf8Decode(bytes, state.fatal);
  if (text === null) throw invalidData('utf-8');
  return text;
}

function decodeUtf16(state, bytes, stream, bigEndian) {
  let even = bytes.length & ~1;
  // A high surrogate at the end may be completed by the next chunk.
  if (stream && even >= 2) {
    const last = bigEndian ? (bytes[even - 2] << 8) | bytes[even - 1] : bytes[even - 2] | (bytes[even - 1] << 8);
    if (last >= 0xd800 && last <= 0xdbff) even -= 2;
  }
  const odd = even !== bytes.length;
  if (stream && odd) {
    state.pending = bytes.slice(even);
  } else if (odd && state.fatal) {
    throw invalidData(state.encoding);
  }
  const units = new Array(even >> 1);
  for (let i = 0; i < even; i += 2) {
    units[i >> 1] = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode.apply(null, units.slice(i, i + 8192));
  if (!text.isWellFormed()) {
    if (state.fatal) throw invalidData(state.encoding);
    text = text.toWellFormed();
  }
  // An odd trailing byte at the end of the input decodes to U+FFFD.
  if (odd && !stream) text += '\ufffd';
  return text;
}

module.exports = { TextEncoder, TextDecoder };
