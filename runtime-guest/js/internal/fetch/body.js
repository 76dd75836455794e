// The body of a Request or Response: what a body init becomes (bytes, or
// a ReadableStream, plus a default Content-Type), and the consuming
// methods they share (text, json, arrayBuffer, blob, bytes, formData).
'use strict';

const { Blob } = require('internal/blob');
const { FormData, encodeMultipart, isFormData } = require('internal/fetch/formdata');
const {
  ReadableStream, isReadableStream, isDisturbed, isLocked,
} = require('internal/webstreams/readablestream');

const kBody = Symbol('body');

const encoder = new TextEncoder();

function copyBytes(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function bytesOfBlob(blob) {
  return require('internal/blob').blobBytes(blob);
}

// A body init becomes { bytes, stream, type }: exactly one of bytes and
// stream is set.
function extractBody(init) {
  if (typeof init === 'string') {
    return { bytes: encoder.encode(init), stream: null, type: 'text/plain;charset=UTF-8' };
  }
  if (init instanceof URLSearchParams) {
    return {
      bytes: encoder.encode(init.toString()),
      stream: null,
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  if (init instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && init instanceof SharedArrayBuffer)) {
    return { bytes: new Uint8Array(init.slice(0)), stream: null, type: null };
  }
  if (ArrayBuffer.isView(init)) {
    return { bytes: copyBytes(init), stream: null, type: null };
  }
  if (init instanceof Blob) {
    return { bytes: new Uint8Array(bytesOfBlob(init)), stream: null, type: init.type || null };
  }
  if (isFormData(init)) {
    const { parts, boundary } = encodeMultipart(init);
    const blob = new Blob(parts);
    return {
      bytes: new Uint8Array(bytesOfBlob(blob)),
      stream: null,
      type: `multipart/form-data; boundary=${boundary}`,
    };
  }
  if (isReadableStream(init)) {
    if (isDisturbed(init) || isLocked(init)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { bytes: null, stream: init, type: null };
  }
  return { bytes: encoder.encode(String(init)), stream: null, type: 'text/plain;charset=UTF-8' };
}

// A stream of one chunk (a fresh copy, so readers cannot change `bytes`).
function streamOf(bytes) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

// The body's stream, made from its bytes on first request.
function bodyStream(owner) {
  const body = owner[kBody];
  if (body === null) return null;
  if (body.stream === null) body.stream = streamOf(body.bytes);
  return body.stream;
}

function bodyUsed(owner) {
  const body = owner[kBody];
  if (body === null) return false;
  return body.used === true || (body.stream !== null && isDisturbed(body.stream));
}

function unusable(owner) {
  const body = owner[kBody];
  return bodyUsed(owner) || (body !== null && body.stream !== null && isLocked(body.stream));
}

async function readAll(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

// All the body's bytes; marks it used.
async function consume(owner) {
  const body = owner[kBody];
  if (body === null) return new Uint8Array(0);
  if (unusable(owner)) throw new TypeError('Body is unusable: Body has already been read');
  body.used = true;
  if (body.stream === null) return body.bytes;
  return readAll(body.stream);
}

function mimeType(owner) {
  const value = owner.headers.get('content-type');
  return value === null ? '' : value;
}

function parseUrlencoded(bytes) {
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(new TextDecoder().decode(bytes))) {
    form.append(name, value);
  }
  return form;
}

// Adds the Body mixin's members to a class's prototype.
function mixinBody(Class) {
  const methods = {
    get body() {
      return bodyStream(this);
    },
    get bodyUsed() {
      return bodyUsed(this);
    },
    async arrayBuffer() {
      const bytes = await consume(this);
      return bytes.buffer.byteLength === bytes.byteLength && bytes.byteOffset === 0
        ? bytes.buffer : bytes.slice().buffer;
    },
    async bytes() {
      return consume(this);
    },
    async text() {
      return new TextDecoder().decode(await consume(this));
    },
    async json() {
      return JSON.parse(new TextDecoder().decode(await consume(this)));
    },
    async blob() {
      const bytes = await consume(this);
      const type = mimeType(this);
      return new Blob([bytes], { type });
    },
    async formData() {
      const type = mimeType(this).toLowerCase();
      const bytes = await consume(this);
      if (type.startsWith('application/x-www-form-urlencoded')) return parseUrlencoded(bytes);
      if (type.startsWith('multipart/form-data')) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('formData() of a multipart/form-data body');
      }
      throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
    },
  };
  for (const name of Object.getOwnPropertyNames(methods)) {
    const desc = Object.getOwnPropertyDescriptor(methods, name);
    desc.enumerable = true;
    Object.defineProperty(Class.prototype, name, desc);
  }
}

// A copy of the body for clone(): a stream body is teed, and the owner
// keeps one branch.
function cloneBody(owner) {
  const body = owner[kBody];
  if (body === null) return null;
  if (body.stream === null) return { bytes: body.bytes, stream: null, type: body.type };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { bytes: null, stream: b, type: body.type };
}

module.exports = { kBody, extractBody, mixinBody, cloneBody, bodyUsed, unusable, bodyStream };
