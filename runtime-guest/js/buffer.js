// node:buffer — Buffer as a Uint8Array subclass, with Node's encodings,
// read/write helpers and error messages.
'use strict';

const { codes, fixStackName } = require('internal/errors');

const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 536870888;
const INSPECT_MAX_BYTES_DEFAULT = 50;
let INSPECT_MAX_BYTES = INSPECT_MAX_BYTES_DEFAULT;

// ---------------------------------------------------------------- errors

function makeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  fixStackName(err, `${Base.name} [${code}]`);
  return err;
}

function unknownEncoding(enc) {
  return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
}

function outOfBounds(name) {
  return makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
    name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
}

function invalidBufferSize(bits) {
  return makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${bits}`);
}

function firstArgError(value) {
  const err = new codes.ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array'], value);
  const old = err.message;
  const msg = old.replace('or Array.', 'or Array or an Array-like Object.');
  err.message = msg;
  if (typeof err.stack === 'string') {
    Object.defineProperty(err, 'stack', {
      value: err.stack.replace(old, msg), writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

// ---------------------------------------------------------------- validators

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function assertSize(size) {
  if (typeof size !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) {
    throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
}

function toInteger(n, dflt) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return dflt;
}

function bytesOf(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// ---------------------------------------------------------------- encodings

function latin1Decode(bytes, start, end, mask) {
  return binding.latin1Decode(bytes.subarray(start, end), mask);
}

function latin1Encode(str) {
  // The native takes a well-formed string; a lone surrogate (rare) is done
  // here, unit by unit.
  if (str.isWellFormed()) return binding.latin1Encode(str);
  const out = new Uint8Array(str.length);
  for (let i = 0; i < str.length; i++) out[i] = str.charCodeAt(i) & 0xff;
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function ucs2Encode(str) {
  const out = new Uint8Array(str.length * 2);
  if (LITTLE_ENDIAN) {
    const u16 = new Uint16Array(out.buffer);
    for (let i = 0; i < str.length; i++) u16[i] = str.charCodeAt(i);
    return out;
  }
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    out[i * 2] = c & 0xff;
    out[i * 2 + 1] = c >>> 8;
  }
  return out;
}

function ucs2Decode(bytes, start, end) {
  const n = (end - start) >>> 1;
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) {
    const m = Math.min(n, i + CHUNK);
    const codes16 = new Array(m - i);
    for (let j = i; j < m; j++) {
      const p = start + j * 2;
      codes16[j - i] = bytes[p] | (bytes[p + 1] << 8);
    }
    out += String.fromCharCode.apply(null, codes16);
  }
  return out;
}

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));

function hexEncodeBytes(str) {
  return binding.hexDecode(lowBytes(str));
}

function hexDecode(bytes, start, end) {
  return binding.hexEncode(bytes.subarray(start, end));
}

// Node reads each UTF-16 unit of a base64/hex string by its low byte only.
function lowBytes(str) {
  if (!/[^\u0000-\u00ff]/.test(str)) return str;
  let out = '';
  for (let i = 0; i < str.length; i++) out += String.fromCharCode(str.charCodeAt(i) & 0xff);
  return out;
}

function base64ByteLength(str) {
  let len = str.length;
  if (len > 0 && str.charCodeAt(len - 1) === 0x3d) len--;
  if (len > 1 && str.charCodeAt(len - 1) === 0x3d) len--;
  return (len * 3) >>> 2;
}

function utf8ByteLength(str) {
  // A lone surrogate becomes U+FFFD (3 bytes), as in Node.
  return binding.utf8ByteLength(str.isWellFormed() ? str : str.toWellFormed());
}

function utf8Encode(str) {
  return binding.utf8Encode(str.isWellFormed() ? str : str.toWellFormed());
}

// Each encoding: encode(str) -> bytes, decode(bytes, start, end) -> str,
// byteLength(str), and how a truncated write is trimmed.
const ENC = {
  utf8: {
    name: 'utf8',
    encode: utf8Encode,
    decode: (b, s, e) => binding.utf8Decode(b.subarray(s, e)),
    byteLength: utf8ByteLength,
    trim(bytes, n) {
      // Do not write a partial character.
      if (n >= bytes.length) return n;
      let k = n;
      while (k > 0 && (bytes[k] & 0xc0) === 0x80) k--;
      return k;
    },
  },
  utf16le: {
    name: 'utf16le',
    encode: ucs2Encode,
    decode: ucs2Decode,
    byteLength: (s) => s.length * 2,
    trim: (bytes, n) => n - (n & 1),
  },
  latin1: {
    name: 'latin1',
    encode: latin1Encode,
    decode: (b, s, e) => latin1Decode(b, s, e, false),
    byteLength: (s) => s.length,
  },
  ascii: {
    name: 'ascii',
    encode: latin1Encode,
    decode: (b, s, e) => latin1Decode(b, s, e, true),
    byteLength: (s) => s.length,
  },
  base64: {
    name: 'base64',
    encode: (s) => binding.base64Decode(lowBytes(s)),
    decode: (b, s, e) => binding.base64Encode(b.subarray(s, e), false),
    byteLength: base64ByteLength,
  },
  base64url: {
    name: 'base64url',
    encode: (s) => binding.base64Decode(lowBytes(s)),
    decode: (b, s, e) => binding.base64Encode(b.subarray(s, e), true),
    byteLength: base64ByteLength,
  },
  hex: {
    name: 'hex',
    encode: hexEncodeBytes,
    decode: hexDecode,
    byteLength: (s) => s.length >>> 1,
  },
};

const ENC_ALIASES = {
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'ascii': 'ascii',
  'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex',
};

// Returns the encoding ops, or undefined for an unknown encoding.
function getEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return ENC.utf8;
  if (typeof enc !== 'string') return undefined;
  const key = ENC_ALIASES[enc.toLowerCase()];
  return key === undefined ? undefined : ENC[key];
}

function normalizeEncoding(enc) {
  const ops = getEncoding(enc);
  return ops === undefined ? undefined : ops.name;
}

function requireEncoding(enc) {
  const ops = getEncoding(enc);
  if (ops === undefined) throw unknownEncoding(enc);
  return ops;
}

// As requireEncoding, but only `undefined` means utf8 (toString, indexOf).
function requireEncodingStrict(enc) {
  const ops = enc === undefined ? ENC.utf8 : ENC[ENC_ALIASES[`${enc}`.toLowerCase()]];
  if (ops === undefined) throw unknownEncoding(enc);
  return ops;
}

// Writes `str` encoded with `ops` into buf[offset, offset+max); returns bytes written.
function writeEncoded(buf, str, offset, max, ops) {
  const bytes = ops.encode(str);
  let n = Math.min(bytes.length, max, buf.length - offset);
  if (n < 0) n = 0;
  if (n < bytes.length && ops.trim) n = ops.trim(bytes, n);
  if (n > 0) buf.set(n === bytes.length ? bytes : bytes.subarray(0, n), offset);
  return n;
}

// ---------------------------------------------------------------- class

class FastBuffer extends Uint8Array {
  constructor(a, b, c) {
    super(a, b, c);
  }
}

let warnedDep0005 = false;

function Buffer(arg, encodingOrOffset, length) {
  if (!warnedDep0005) {
    warnedDep0005 = true;
    if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
      process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
        'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
    }
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, configurable: true, enumerable: false,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, configurable: true,
});

const proto = Buffer.prototype;

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    ops = ENC.utf8;
  } else {
    ops = requireEncoding(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  const bytes = ops.encode(string);
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw outOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw outOfBounds('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(ab, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0 || !(len > 0)) return new FastBuffer();
  const buf = new FastBuffer(Math.floor(len));
  if (obj instanceof Uint8Array) {
    buf.set(obj);
  } else {
    for (let i = 0; i < buf.length; i++) buf[i] = obj[i];
  }
  return buf;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return Buffer.from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const prim = value[Symbol.toPrimitive]('string');
      if (typeof prim === 'string') return fromString(prim, encodingOrOffset);
    }
  }
  throw firstArgError(value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  let start = 0;
  let end = viewLength;
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
      start = offset;
    }
    if (length !== undefined) {
      validateOffset(length, 'length', 0);
      end = Math.min(viewLength, start + length);
    }
    if (end <= start) return new FastBuffer();
  }
  const per = view.BYTES_PER_ELEMENT;
  const src = new Uint8Array(view.buffer, view.byteOffset + start * per, (end - start) * per);
  const buf = new FastBuffer(src.length);
  buf.set(src);
  return buf;
};

Buffer.of = function of(...items) {
  const buf = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) return doFill(buf, fill, 0, buf.length, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  assertSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  const n = Math.min(la, lb);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return la < lb ? -1 : la > lb ? 1 : 0;
}

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new codes.ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = new FastBuffer(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    }
    const room = length - pos;
    if (room <= 0) break;
    if (buf.length > room) {
      buffer.set(buf.subarray(0, room), pos);
      pos += room;
    } else {
      buffer.set(buf, pos);
      pos += buf.length;
    }
  }
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  const ops = getEncoding(encoding) || ENC.utf8;
  return ops.byteLength(string);
};

// ---------------------------------------------------------------- instance

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return ENC.utf8.decode(this, 0, this.length);
  const len = this.length;
  if (start === undefined || start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const ops = requireEncodingStrict(encoding);
  return ops.decode(this, start, end);
};

proto.toLocaleString = proto.toString;

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.length !== otherBuffer.length) return false;
  return compareBytes(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  const source = this;
  if (!isUint8Array(source)) throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new codes.ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > source.length) sourceEnd = source.length;
  let n = Math.min(sourceEnd - sourceStart, target.length - targetStart);
  if (n <= 0) return 0;
  target.set(new Uint8Array(source.buffer, source.byteOffset + sourceStart, n), targetStart);
  return n;
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.subarray = function subarray(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end === undefined ? len : adjustOffset(end, len);
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

// ---- fill

const u8fill = Uint8Array.prototype.fill;

function doFill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const ops = getEncoding(encoding);
    if (ops === undefined) {
      if (typeof encoding !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((ops.name === 'utf8' && code < 128) || ops.name === 'latin1') value = code;
    }
    encoding = ops;
  } else if (typeof value === 'boolean') {
    value = Number(value);
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    u8fill.call(buf, value & 255, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') {
    bytes = encoding.encode(value);
  } else if (ArrayBuffer.isView(value)) {
    bytes = bytesOf(value);
  } else {
    u8fill.call(buf, (Number(value) >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('value', value);
  if (bytes.buffer === buf.buffer) bytes = bytes.slice();
  let pos = offset;
  while (pos < end) {
    const n = Math.min(bytes.length, end - pos);
    buf.set(n === bytes.length ? bytes : bytes.subarray(0, n), pos);
    pos += n;
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return doFill(this, value, offset, end, encoding);
};

// ---- write

function throwNotString() {
  throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throwNotString();
  if (offset === undefined) return writeEncoded(this, string, 0, this.length, ENC.utf8);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const ops = !encoding ? ENC.utf8 : requireEncoding(encoding);
  return writeEncoded(this, string, offset, length, ops);
};

// Per-encoding slice/write helpers (buf.hexSlice, buf.utf8Write, ...).
for (const [prefix, key] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
  const ops = ENC[key];
  proto[`${prefix}Slice`] = function (start = 0, end = this.length) {
    if (end > this.length) end = this.length;
    if (start >= end) return '';
    return ops.decode(this, start, end);
  };
  proto[`${prefix}Write`] = function (string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throwNotString();
    if (offset > this.length) throw outOfBounds('offset');
    return writeEncoded(this, string, offset, length, ops);
  };
}

// ---- search

function indexOfOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchBytes(hay, needle, offset, forward, step) {
  const hl = hay.length;
  const nl = needle.length;
  let pos = indexOfOffset(hl, offset, nl, forward);
  if (nl === 0) return pos;
  if (hl === 0 || pos <= -1) return -1;
  if (nl > hl) return -1;
  if (forward) {
    if (pos + nl > hl) return -1;
    for (let i = pos; i <= hl - nl; i++) {
      if (step === 2 && (i & 1)) continue;
      let j = 0;
      while (j < nl && hay[i + j] === needle[j]) j++;
      if (j === nl) return i;
    }
  } else {
    if (pos > hl - nl) pos = hl - nl;
    for (let i = pos; i >= 0; i--) {
      if (step === 2 && (i & 1)) continue;
      let j = 0;
      while (j < nl && hay[i + j] === needle[j]) j++;
      if (j === nl) return i;
    }
  }
  return -1;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);

  if (typeof val === 'number') {
    const byte = (val >>> 0) & 0xff;
    const len = buffer.length;
    const pos = indexOfOffset(len, byteOffset, 1, dir);
    if (pos <= -1 || len === 0) return -1;
    if (dir) {
      for (let i = pos; i < len; i++) if (buffer[i] === byte) return i;
    } else {
      for (let i = Math.min(pos, len - 1); i >= 0; i--) if (buffer[i] === byte) return i;
    }
    return -1;
  }
  if (typeof val === 'string') {
    const ops = requireEncodingStrict(encoding);
    if (ops.name === 'utf16le') {
      if (buffer.length < 2 || val.length < 1) return -1;
    }
    return searchBytes(buffer, ops.encode(val), byteOffset, dir, ops.name === 'utf16le' ? 2 : 1);
  }
  if (isUint8Array(val)) return searchBytes(buffer, val, byteOffset, dir, 1);
  throw new codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---- swap

function swapN(buf, n, label) {
  const len = buf.length;
  if (len % n !== 0) throw invalidBufferSize(label);
  for (let i = 0; i < len; i += n) {
    for (let a = i, b = i + n - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}

proto.swap16 = function swap16() { return swapN(this, 2, '16-bits'); };
proto.swap32 = function swap32() { return swapN(this, 4, '32-bits'); };
proto.swap64 = function swap64() { return swapN(this, 8, '64-bits'); };

// ---- numeric read/write

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new codes.ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw outOfBounds();
  throw new codes.ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Validates `offset` for an access of n bytes.
function checkOffset(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
}

function checkInt(value, min, max, buf, offset, n) {
  if (value > max || value < min) {
    const big = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (n > 4) {
      const bits = n * 8;
      if (min === 0 || min === 0n) range = `>= 0${big} and < 2${big} ** ${bits}${big}`;
      else range = `>= -(2${big} ** ${bits - 1}${big}) and < 2${big} ** ${bits - 1}${big}`;
    } else {
      range = `>= ${min}${big} and <= ${max}${big}`;
    }
    throw new codes.ERR_OUT_OF_RANGE('value', range, value);
  }
  checkOffset(buf, offset, n);
}

function readUnsigned(buf, offset, n, le) {
  let v = 0;
  if (le) {
    for (let i = n - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  }
  return v;
}

function writeUnsigned(buf, value, offset, n, le) {
  // value is a non-negative integer < 2**48 (or the unsigned image of a signed one)
  let v = value;
  for (let i = 0; i < n; i++) {
    const byte = v % 256;
    buf[le ? offset + i : offset + n - 1 - i] = byte;
    v = (v - byte) / 256;
  }
  return offset + n;
}

function makeReaders(n, le, signed) {
  return function (offset = 0) {
    checkOffset(this, offset, n);
    const v = readUnsigned(this, offset, n, le);
    if (signed) {
      const lim = 2 ** (n * 8 - 1);
      return v >= lim ? v - lim * 2 : v;
    }
    return v;
  };
}

function makeWriter(n, le, signed) {
  const min = signed ? -(2 ** (n * 8 - 1)) : 0;
  const max = signed ? 2 ** (n * 8 - 1) - 1 : 2 ** (n * 8) - 1;
  return function (value, offset = 0) {
    value = +value;
    if (n === 1) {
      validateNumber(offset, 'offset');
      if (value > max || value < min) {
        throw new codes.ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
      }
      if (this[offset] === undefined) boundsError(offset, this.length - 1);
    } else {
      checkInt(value, min, max, this, offset, n);
    }
    return writeInt(this, value, offset, n, le);
  };
}

function writeInt(buf, value, offset, n, le) {
  if (Number.isNaN(value) || !Number.isFinite(value)) value = 0;
  value = Math.trunc(value);
  const mod = 2 ** (n * 8);
  let u = value % mod;
  if (u < 0) u += mod;
  return writeUnsigned(buf, u, offset, n, le);
}

const NAMES = { 1: '8', 2: '16', 4: '32' };
for (const n of [1, 2, 4]) {
  for (const le of n === 1 ? [true] : [true, false]) {
    const suffix = NAMES[n] + (n === 1 ? '' : le ? 'LE' : 'BE');
    proto[`readUInt${suffix}`] = makeReaders(n, le, false);
    proto[`readInt${suffix}`] = makeReaders(n, le, true);
    proto[`writeUInt${suffix}`] = makeWriter(n, le, false);
    proto[`writeInt${suffix}`] = makeWriter(n, le, true);
  }
}

function checkByteLength(byteLength) {
  if (byteLength === undefined || !(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function makeVarReader(le, signed) {
  return function (offset, byteLength) {
    if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return makeReaders(byteLength, le, signed).call(this, offset);
  };
}

function makeVarWriter(le, signed) {
  return function (value, offset, byteLength) {
    checkByteLength(byteLength);
    return makeWriter(byteLength, le, signed).call(this, value, offset);
  };
}

proto.readUIntLE = makeVarReader(true, false);
proto.readUIntBE = makeVarReader(false, false);
proto.readIntLE = makeVarReader(true, true);
proto.readIntBE = makeVarReader(false, true);
proto.writeUIntLE = makeVarWriter(true, false);
proto.writeUIntBE = makeVarWriter(false, false);
proto.writeIntLE = makeVarWriter(true, true);
proto.writeIntBE = makeVarWriter(false, true);

// ---- floats

const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64b = new Uint8Array(f64.buffer);

function makeFloatReader(arr, bytes, le) {
  const n = bytes.length;
  return function (offset = 0) {
    checkOffset(this, offset, n);
    for (let i = 0; i < n; i++) bytes[le === LITTLE_ENDIAN ? i : n - 1 - i] = this[offset + i];
    return arr[0];
  };
}

function makeFloatWriter(arr, bytes, le) {
  const n = bytes.length;
  return function (value, offset = 0) {
    value = +value;
    checkOffset(this, offset, n);
    arr[0] = value;
    for (let i = 0; i < n; i++) this[offset + i] = bytes[le === LITTLE_ENDIAN ? i : n - 1 - i];
    return offset + n;
  };
}

proto.readFloatLE = makeFloatReader(f32, f32b, true);
proto.readFloatBE = makeFloatReader(f32, f32b, false);
proto.readDoubleLE = makeFloatReader(f64, f64b, true);
proto.readDoubleBE = makeFloatReader(f64, f64b, false);
proto.writeFloatLE = makeFloatWriter(f32, f32b, true);
proto.writeFloatBE = makeFloatWriter(f32, f32b, false);
proto.writeDoubleLE = makeFloatWriter(f64, f64b, true);
proto.writeDoubleBE = makeFloatWriter(f64, f64b, false);

// ---- bigints

function makeBigReader(le, signed) {
  return function (offset = 0) {
    checkOffset(this, offset, 8);
    const lo = readUnsigned(this, le ? offset : offset + 4, 4, le);
    let hi = readUnsigned(this, le ? offset + 4 : offset, 4, le);
    if (signed && hi >= 0x80000000) hi -= 0x100000000;
    return (BigInt(hi) << 32n) + BigInt(lo);
  };
}

function makeBigWriter(le, signed) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  return function (value, offset = 0) {
    checkInt(value, min, max, this, offset, 8);
    const u = BigInt.asUintN(64, value);
    const lo = Number(u & 0xffffffffn);
    const hi = Number(u >> 32n);
    writeUnsigned(this, lo, le ? offset : offset + 4, 4, le);
    writeUnsigned(this, hi, le ? offset + 4 : offset, 4, le);
    return offset + 8;
  };
}

proto.readBigUInt64LE = makeBigReader(true, false);
proto.readBigUInt64BE = makeBigReader(false, false);
proto.readBigInt64LE = makeBigReader(true, true);
proto.readBigInt64BE = makeBigReader(false, true);
proto.writeBigUInt64LE = makeBigWriter(true, false);
proto.writeBigUInt64BE = makeBigWriter(false, false);
proto.writeBigInt64LE = makeBigWriter(true, true);
proto.writeBigInt64BE = makeBigWriter(false, true);

// Lower-case aliases: readUint8, writeBigUint64LE, ...
for (const key of Object.keys(proto)) {
  if (/^(read|write)(Big)?UInt/.test(key)) {
    proto[key.replace('UInt', 'Uint')] = proto[key];
  }
}

// ---- inspect

const { inspect } = require('internal/util/inspect');

proto[inspect.custom] = function bufferInspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const parts = [];
  for (let i = 0; i < shown; i++) parts.push(HEX[this[i]]);
  let str = parts.join(' ');
  const remaining = this.length - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const extra = {};
    let any = false;
    for (const key of keys) {
      if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
      any = true;
      extra[key] = this[key];
    }
    if (any) {
      if (this.length !== 0) str += ', ';
      str += inspect(extra, { ...ctx, breakLength: Infinity, compact: true }).slice(2, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[inspect.custom];

// ---------------------------------------------------------------- module functions

// The bytes isUtf8/isAscii look at; a detached buffer cannot be validated.
function validationBytes(input) {
  let buffer;
  if (ArrayBuffer.isView(input) && !(input instanceof DataView)) buffer = input.buffer;
  else if (isAnyArrayBuffer(input)) buffer = input;
  else throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  if (buffer.detached) throw makeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  return buffer === input ? new Uint8Array(input) : bytesOf(input);
}

function isUtf8(input) {
  return binding.utf8Decode(validationBytes(input), true) !== null;
}

function isAscii(input) {
  const bytes = validationBytes(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function invalidChar(msg = 'Invalid character') {
  return new DOMException(msg, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidChar();
  }
  return binding.base64Encode(latin1Encode(input), false);
}

const B64_CHARS = /^[A-Za-z0-9+/=]$/;

function atob(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r') continue;
    if (!B64_CHARS.test(ch)) throw invalidChar();
    count++;
    if (ch === '=') {
      equals++;
      if (equals > 2) throw invalidChar();
    } else if (equals > 0) {
      throw invalidChar();
    }
  }
  let rem = count % 4;
  if (rem === 0) rem = (count - equals) % 4;
  else if (equals > 0) throw invalidChar();
  if (rem === 1) throw invalidChar('The string to be decoded is not correctly encoded.');
  const bytes = binding.base64Decode(input);
  return latin1Decode(bytes, 0, bytes.length, false);
}

// ---------------------------------------------------------------- transcode
// Node converts with ICU between four encodings. The rules below reproduce
// what ICU does with input it cannot map: most targets substitute '?' (or
// U+FFFD), but malformed UTF-8 into UTF-16 and lone surrogates out of UTF-16
// into a Unicode target are errors.

const TRANSCODE_NAMES = { ascii: 'ascii', latin1: 'latin1', binary: 'latin1', ucs2: 'ucs2', 'ucs-2': 'ucs2',
  utf16le: 'ucs2', 'utf-16le': 'ucs2', utf8: 'utf8', 'utf-8': 'utf8' };

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

// The source as a string; `bad` is set when it held something unmappable.
function transcodeDecode(bytes, from) {
  if (from === 'latin1') return { text: latin1Decode(bytes, 0, bytes.length, false), bad: false };
  if (from === 'ucs2') {
    const text = ucs2Decode(bytes, 0, bytes.length);
    return { text, bad: !text.isWellFormed() };
  }
  if (from === 'utf8') {
    const text = binding.utf8Decode(bytes, true);
    if (text !== null) return { text, bad: false };
    return { text: binding.utf8Decode(bytes, false), bad: true };
  }
  // ascii: bytes above 0x7f are unmappable.
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += bytes[i] < 0x80 ? String.fromCharCode(bytes[i]) : '\ufffd';
  return { text, bad: false };
}

function transcodeEncode(text, to) {
  if (to === 'utf8') return utf8Encode(text);
  if (to === 'ucs2') return ucs2Encode(text);
  const limit = to === 'ascii' ? 0x80 : 0x100;
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    out.push(c < limit && c !== 0xfffd ? c : 0x3f);
  }
  return Uint8Array.from(out);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return new FastBuffer();
  const from = TRANSCODE_NAMES[`${fromEncoding}`.toLowerCase()];
  const to = TRANSCODE_NAMES[`${toEncoding}`.toLowerCase()];
  if (from === undefined || to === undefined) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  let bytes;
  if (from === 'ascii' && to === 'ucs2') {
    // ICU widens every byte here, as if the source were latin1.
    bytes = ucs2Encode(latin1Decode(source, 0, source.length, false));
  } else {
    const { text, bad } = transcodeDecode(source, from);
    const unicodeTarget = to === 'utf8' || to === 'ucs2';
    if (bad && ((from === 'utf8' && to === 'ucs2') || (from === 'ucs2' && unicodeTarget))) {
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    }
    bytes = transcodeEncode(text, to);
  }
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

const constants = {};
Object.defineProperties(constants, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES');
    if (!(val >= 0)) throw new codes.ERR_OUT_OF_RANGE('INSPECT_MAX_BYTES', '>= 0', val);
    INSPECT_MAX_BYTES = val;
  },
});

{
  const blob = require('internal/blob');
  module.exports.Blob = blob.Blob;
  module.exports.resolveObjectURL = blob.resolveObjectURL;
  module.exports.File = blob.File;
}
