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
    const err = new TypeError(`Unknown encoding: ${enc}`);
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
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalizeEncoding(encoding);
    this.pending = null;
  }

  get lastNeed() {
    return this.pending === null ? 0 : this._need(this.pending);
  }

  get lastTotal() {
    return this.pending === null ? 0 : this.pending.length + this.lastNeed;
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
    buf = toBuffer(buf);
    const { Buffer } = require('buffer');
    if (this.pending !== null) {
      buf = Buffer.concat([this.pending, buf]);
      this.pending = null;
    }
    let keep = 0;
    switch (this.encoding) {
      case 'utf8':
        keep = utf8Incomplete(buf);
        break;
      case 'utf16le': {
        keep = buf.length % 2;
        // Keep a lead surrogate until its pair arrives.
        const end = buf.length - keep;
        if (end >= 2) {
          const last = buf[end - 2] | (buf[end - 1] << 8);
          if (last >= 0xd800 && last <= 0xdbff) keep += 2;
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
      this.pending = Buffer.from(buf.subarray(buf.length - keep));
      buf = buf.subarray(0, buf.length - keep);
    }
    return buf.toString(this.encoding);
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    if (this.pending !== null) {
      const rest = this.pending;
      this.pending = null;
      out += this.encoding === 'utf8' ? '\ufffd' : rest.toString(this.encoding);
    }
    return out;
  }

  text(buf, offset) {
    return this.write(toBuffer(buf).subarray(offset));
  }
}

module.exports = { StringDecoder };
