// Blob and File (W3C File API) as Node 22 provides them, plus the in-process
// registry behind `blob:nodedata:<uuid>` URLs (URL.createObjectURL,
// URL.revokeObjectURL, buffer.resolveObjectURL).
//
// A Blob's bytes never change, so one immutable Uint8Array is shared between
// a Blob, its slices and its clones; reading methods hand out copies.
'use strict';

const { codes } = require('internal/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
// The lengths of the parts a Blob was built from (empty ones left out):
// stream() yields one chunk per part, as Node does.
const kParts = Symbol('kParts');

function isBlob(value) {
  return value !== null && typeof value === 'object' && kBytes in value;
}

// Node's validateDictionary: objects, functions, null and undefined pass.
function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

// Printable ASCII only (else the empty string), lower-cased.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007e]/.test(type) ? '' : type.toLowerCase();
}

function sourceBytes(source, endings) {
  if (isBlob(source)) return source[kBytes];
  if (source instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer !== 'undefined' && source instanceof SharedArrayBuffer)) {
    return new Uint8Array(source.slice(0));
  }
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice();
  }
  let text = `${source}`;
  // The only platform sandnode has is POSIX-like, whose line ending is \n.
  if (endings === 'native') text = text.replace(/\r\n/g, '\n');
  return binding.utf8Encode(text.toWellFormed ? text.toWellFormed() : text);
}

function concatBytes(parts) {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

function collectSources(sources, options) {
  if (sources === undefined) return new Uint8Array(0);
  if (sources === null || typeof sources === 'string' || typeof sources[Symbol.iterator] !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
  }
  validateDictionary(options, 'options');
  let endings = options?.endings ?? 'transparent';
  endings = `${endings}`;
  if (endings !== 'transparent' && endings !== 'native') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.endings', endings);
  }
  const parts = [];
  const lengths = [];
  for (const source of sources) {
    const bytes = sourceBytes(source, endings);
    parts.push(bytes);
    if (isBlob(source)) lengths.push(...source[kParts]);
    else if (bytes.length > 0) lengths.push(bytes.length);
  }
  const bytes = concatBytes(parts);
  bytes[kParts] = lengths;
  return bytes;
}

// The part lengths of the byte range [from, to) of a blob.
function partsWithin(lengths, from, to) {
  const out = [];
  let start = 0;
  for (const length of lengths) {
    const end = start + length;
    const lo = Math.max(start, from);
    const hi = Math.min(end, to);
    if (hi > lo) out.push(hi - lo);
    start = end;
  }
  return out;
}

// Builds a Blob around bytes that are already owned (no copy).
function makeBlob(bytes, type, parts = bytes.length > 0 ? [bytes.length] : []) {
  const blob = Object.create(Blob.prototype);
  blob[kBytes] = bytes;
  blob[kType] = type;
  blob[kParts] = parts;
  return blob;
}

function checkThis(self) {
  if (!isBlob(self)) throw new codes.ERR_INVALID_THIS('Blob');
}

// Web IDL `long long` conversion: non-finite values become 0, the rest are
// truncated and wrapped to 64 bits.
function toLongLong(value) {
  let n = +value;
  if (!Number.isFinite(n)) return 0;
  n = Math.trunc(n);
  if (Math.abs(n) >= 2 ** 63) n = Number(BigInt.asIntN(64, BigInt(n)));
  return n === 0 ? 0 : n;
}

// A relative index (negative counts from the end), clamped to [0, size].
function relativeIndex(value, size) {
  const n = toLongLong(value);
  return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
}

class Blob {
  constructor(sources = undefined, options = undefined) {
    const bytes = collectSources(sources, options);
    this[kParts] = bytes[kParts] ?? (bytes.length > 0 ? [bytes.length] : []);
    delete bytes[kParts];
    this[kBytes] = bytes;
    this[kType] = options?.type === undefined ? '' : normalizeType(options.type);
  }

  get type() {
    checkThis(this);
    return this[kType];
  }

  get size() {
    checkThis(this);
    return this[kBytes].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    checkThis(this);
    const size = this[kBytes].length;
    const from = relativeIndex(start, size);
    const to = end === undefined ? size : relativeIndex(end, size);
    const bytes = to > from ? this[kBytes].subarray(from, to) : new Uint8Array(0);
    return makeBlob(bytes, normalizeType(contentType), partsWithin(this[kParts], from, to));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new codes.ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice().buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new codes.ERR_INVALID_THIS('Blob'));
    return Promise.resolve(binding.utf8Decode(this[kBytes], false));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new codes.ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  // A byte stream yielding a copy of each part in turn.
  stream() {
    checkThis(this);
    const bytes = this[kBytes];
    const parts = this[kParts];
    let index = 0;
    let offset = 0;
    const { ReadableStream } = require('internal/webstreams/readablestream');
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (index >= parts.length) {
          controller.close();
          // A BYOB read waiting on the end completes empty.
          controller.byobRequest?.respond(0);
          return;
        }
        const length = parts[index++];
        controller.enqueue(bytes.slice(offset, offset + length));
        offset += length;
      },
    });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fields = { size: this.size, type: this.type };
    if (isFile(this)) {
      fields.name = this[kName];
      fields.lastModified = this[kLastModified];
    }
    return `${isFile(this) ? 'File' : 'Blob'} ${inspect(fields, opts)}`;
  }
}


class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this[kName] = `${fileName}`;
    const lastModified = options?.lastModified;
    if (lastModified === undefined) {
      this[kLastModified] = Date.now();
    } else {
      const n = +lastModified;
      this[kLastModified] = Number.isNaN(n) ? 0 : n;
    }
  }

  get name() {
    if (!isFile(this)) throw new codes.ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!isFile(this)) throw new codes.ERR_INVALID_THIS('File');
    return this[kLastModified];
  }
}

function isFile(value) {
  return isBlob(value) && kName in value;
}


// As in Node, the Web IDL members are enumerable and the classes carry a
// toStringTag.
function webIdlShape(Class, members, tag) {
  for (const key of members) {
    const desc = Object.getOwnPropertyDescriptor(Class.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(Class.prototype, key, desc);
  }
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}
webIdlShape(Blob, ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream'], 'Blob');
webIdlShape(File, ['name', 'lastModified'], 'File');

// A copy that shares the bytes: what structured cloning makes (a File
// clones to a plain Blob, as in Node 22).
function cloneBlob(blob) {
  return makeBlob(blob[kBytes], blob[kType], blob[kParts]);
}

// ---- blob: URLs -------------------------------------------------------------

const registry = new Map();
const kPrefix = 'blob:nodedata:';

function createObjectURL(obj) {
  if (!isBlob(obj)) throw new codes.ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = require('internal/web_crypto').randomUUID();
  registry.set(id, cloneBlob(obj));
  return `${kPrefix}${id}`;
}

// The id of a blob:nodedata: URL (query and fragment ignored), or null.
function objectURLId(url) {
  url = `${url}`;
  if (!url.startsWith(kPrefix)) return null;
  return url.slice(kPrefix.length).split(/[?#]/)[0];
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
  const id = objectURLId(url);
  if (id !== null) registry.delete(id);
}

function resolveObjectURL(url) {
  const id = objectURLId(url);
  const blob = id === null ? undefined : registry.get(id);
  return blob === undefined ? undefined : cloneBlob(blob);
}

function blobBytes(blob) {
  return blob[kBytes];
}

module.exports = {
  Blob, File, isBlob, cloneBlob, blobBytes, createObjectURL, revokeObjectURL, resolveObjectURL,
};
