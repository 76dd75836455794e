// node:string_decoder — decodes a stream of bytes to strings without
// splitting multi-byte characters (UTF-8, UTF-16LE) or base64 groups
// between chunks.
'use strict';

const { codes } = require('internal/errors');

const ENCODINGS = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'],
  ['base64', 'base64'], ['base64url', 'base64url'], ['ascii', 'ascii'], ['hex', 'hex'],
]);

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const found = ENCODINGS.get(`${enc}`.toLowerCase());
  if (found === undefined) {
    const err = new TypeError(require('util').format('Unknown encoding: %s', enc));
    err.code = 'ERR_UNKNOWN_ENCODING';
    require('internal/errors').fixStackName(err, 'TypeError [ERR_UNKNOWN_ENCODING]');
    throw err;
  }
  return found;
}

function toBuffer(buf) {
  const { Buffer } = require('buffer');
  if (typeof buf === 'string') return Buffer.from(buf);
  if (!ArrayBuffer.isView(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
}

// How many bytes at the end of `buf` belong to a UTF-8 character that is
// not complete yet.
function utf8Incomplete(buf) {
  const n = buf.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = buf[n - back];
    if ((b & 0xc0) === 0x80) continue;
    // 0xf8..0xff start nothing; they decode to U+FFFD at once.
    if (b >= 0xf8) return 0;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

// Bytes of an unfinished character, kept off the enumerable own keys.
const kPending = Symbol('kNativeDecoder');

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalizeEncoding(encoding);
    this[kPending] = null;
  }

  get lastNeed() {
    return this[kPending] === null ? 0 : this._need(this[kPending]);
  }

  get lastTotal() {
    return this[kPending] === null ? 0 : this[kPending].length + this.lastNeed;
  }

  _need(bytes) {
    switch (this.encoding) {
      case 'utf8': {
        const b = bytes[0];
        const total = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        return total - bytes.length;
      }
      case 'utf16le': return bytes.length % 2 === 1 ? 1 : 2;
      case 'base64':
      case 'base64url': return 3 - bytes.length;
      default: return 0;
    }
  }

  write(buf) {
    // Node hands strings back untouched, whatever the encoding.
    if (typeof buf === 'string') return buf;
    buf = toBuffer(buf);
    const { Buffer } = require('buffer');
    let head = '';
    if (this[kPending] !== null) {
      const pending = this[kPending];
      this[kPending] = null;
      if (this.encoding === 'utf8') {
        // Re-examined whole: the new bytes may not continue the sequence.
        buf = Buffer.concat([pending, buf]);
      } else {
        // The pending character is emitted as soon as it is complete (a
        // UTF-16 lead surrogate too, as Node does).
        const need = this._need(pending);
        if (buf.length < need) {
          this[kPending] = Buffer.concat([pending, buf]);
          return '';
        }
        head = Buffer.concat([pending, buf.subarray(0, need)]).toString(this.encoding);
        buf = buf.subarray(need);
      }
    }
    let keep = 0;
    switch (this.encoding) {
      case 'utf8':
        keep = utf8Incomplete(buf);
        break;
      case 'utf16le': {
        keep = buf.length % 2;
        // Keep a lead surrogate until its pair arrives.
        if (keep === 0 && buf.length >= 2) {
          const last = buf[buf.length - 2] | (buf[buf.length - 1] << 8);
          if (last >= 0xd800 && last <= 0xdbff) keep = 2;
        }
        break;
      }
      case 'base64':
      case 'base64url':
        keep = buf.length % 3;
        break;
      default:
        keep = 0;
    }
    if (keep > 0) {
      this[kPending] = Buffer.from(buf.subarray(buf.length - keep));
      buf = buf.subarray(0, buf.length - keep);
    }
    return head + buf.toString(this.encoding);
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    if (this[kPending] !== null) {
      const rest = this[kPending];
      this[kPending] = null;
      out += this.encoding === 'utf8' ? '\ufffd' : rest.toString(this.encoding);
    }
    return out;
  }

  text(buf, offset) {
    return this.write(toBuffer(buf).subarray(offset));
  }
}

module.exports = { StringDecoder };
