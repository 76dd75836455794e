// An HTTP/1.1 message parser for one connection, over the natives in
// runtime-guest/src/http.rs (httparse). It is fed the bytes as they arrive
// and calls its owner back:
//   onHead(info)     -> return true when the message has no body (a
//                       response to HEAD), 'upgrade' to stop parsing
//   onBody(buffer)
//   onComplete(rawTrailers)
// A failure is returned from execute()/finish() as an Error with llhttp's
// code (HPE_*), which is what Node's server and client report.
'use strict';

const { Buffer } = require('buffer');

const HEAD = 0;
const BODY_LENGTH = 1;
const CHUNK_SIZE = 2;
const CHUNK_DATA = 3;
const CHUNK_END = 4;
const TRAILERS = 5;
const BODY_EOF = 6;
const DONE = 7; // upgraded or failed: nothing more is parsed

// llhttp's reason texts, which Node puts after "Parse Error: ".
const kReasons = {
  HPE_INVALID_METHOD: 'Invalid method encountered',
  HPE_INVALID_URL: 'Invalid URL',
  HPE_INVALID_VERSION: 'Invalid HTTP version',
  HPE_INVALID_HEADER_TOKEN: 'Invalid header token',
  HPE_LF_EXPECTED: 'Expected LF after CR',
  HPE_INVALID_STATUS: 'Invalid status code',
  HPE_HEADER_OVERFLOW: 'Header overflow',
  HPE_INVALID_CHUNK_SIZE: 'Invalid character in chunk size',
  HPE_INVALID_CONTENT_LENGTH: 'Invalid character in Content-Length',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'Content-Length can\'t be present with Transfer-Encoding',
  HPE_INVALID_TRANSFER_ENCODING: 'Request has invalid `Transfer-Encoding`',
  HPE_INVALID_EOF_STATE: 'Invalid EOF state',
  HPE_INVALID_CONSTANT: 'Expected HTTP/',
};

function parseError(code, bytesParsed, raw) {
  const err = new Error(`Parse Error: ${kReasons[code] ?? code}`);
  err.code = code;
  err.bytesParsed = bytesParsed;
  err.rawPacket = raw;
  return err;
}

const kNoBodyMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

class Parser {
  // kind: 'request' or 'response'.
  constructor(kind, maxHeaderSize, handlers, knownMethods) {
    this.kind = kind;
    this.maxHeaderSize = maxHeaderSize;
    this.handlers = handlers;
    this.knownMethods = knownMethods;
    this.state = HEAD;
    this.buffered = null; // bytes not parsed yet (a partial element)
    this.waiting = []; // later chunks without a line feed, after `buffered`
    this.waitingLength = 0;
    this.remaining = 0;
    this.bytesParsed = 0;
    this.inMessage = false; // some bytes of the current message arrived
    this.headersDone = false;
  }

  // Parses what `chunk` completes; returns an Error, {upgrade: rest} or
  // undefined.
  execute(chunk) {
    if (this.state === DONE) return undefined;
    if (this.buffered !== null && this.state !== CHUNK_END && chunk.indexOf(10) === -1) {
      // A partial head, chunk-size line or trailer block can only complete
      // at a line feed: without one, keep the bytes and parse nothing (so a
      // head sent a byte at a time costs linear time, not quadratic).
      this.waiting.push(chunk);
      this.waitingLength += chunk.length;
      if (this.buffered.length + this.waitingLength > this.maxHeaderSize) {
        this.state = DONE;
        return parseError('HPE_HEADER_OVERFLOW', this.bytesParsed, this.buffered);
      }
      return undefined;
    }
    let data = chunk;
    if (this.buffered !== null) {
      data = Buffer.concat([this.buffered, ...this.waiting, chunk]);
      this.buffered = null;
      this.waiting = [];
      this.waitingLength = 0;
    }
    let offset = 0;
    while (offset < data.length) {
      const step = this._step(data, offset);
      if (step instanceof Error) {
        this.state = DONE;
        return step;
      }
      if (step === null) {
        // Keep the partial element for the next chunk.
        this.buffered = data.subarray(offset);
        break;
      }
      if (typeof step === 'object') return step; // upgrade
      this.bytesParsed += step - offset;
      offset = step;
    }
    return undefined;
  }

  // The peer ended: a body read until EOF is complete; anything else in
  // the middle of a message is an error.
  finish() {
    if (this.state === BODY_EOF) {
      this._complete([]);
      return undefined;
    }
    if (this.state === DONE) return undefined;
    if (this.state === HEAD && !this.inMessage && (this.buffered === null || isBlank(this.buffered))) {
      return undefined;
    }
    this.state = DONE;
    const err = parseError('HPE_INVALID_EOF_STATE', this.bytesParsed, null);
    // Node's error from the parser's finish has no reason text.
    err.message = 'Parse Error';
    return err;
  }

  // Returns the new offset, null (need more bytes), an Error, or
  // {upgrade: rest}.
  _step(data, offset) {
    switch (this.state) {
      case HEAD: return this._head(data, offset);
      case BODY_LENGTH: {
        const n = Math.min(this.remaining, data.length - offset);
        this.remaining -= n;
        this.handlers.onBody(data.subarray(offset, offset + n));
        if (this.remaining === 0) this._complete([]);
        return offset + n;
      }
      case BODY_EOF:
        this.handlers.onBody(data.subarray(offset));
        return data.length;
      case CHUNK_SIZE: {
        const r = binding.httpParseChunkSize(data.subarray(offset));
        if (r === null) return this._limitPartial(data, offset);
        if (typeof r === 'string') return parseError(r, this.bytesParsed, data);
        this.remaining = r[1];
        this.state = r[1] === 0 ? TRAILERS : CHUNK_DATA;
        return offset + r[0];
      }
      case CHUNK_DATA: {
        const n = Math.min(this.remaining, data.length - offset);
        this.remaining -= n;
        if (n > 0) this.handlers.onBody(data.subarray(offset, offset + n));
        if (this.remaining === 0) this.state = CHUNK_END;
        return offset + n;
      }
      case CHUNK_END: {
        if (data.length - offset < 2) return null;
        if (data[offset] !== 13 || data[offset + 1] !== 10) {
          return parseError('HPE_LF_EXPECTED', this.bytesParsed, data);
        }
        this.state = CHUNK_SIZE;
        return offset + 2;
      }
      case TRAILERS: {
        const r = binding.httpParseTrailers(data.subarray(offset));
        if (r === null) return this._limitPartial(data, offset);
        if (typeof r === 'string') return parseError(r, this.bytesParsed, data);
        this._complete(r[1]);
        return offset + r[0];
      }
      default:
        return data.length;
    }
  }

  // A head or trailer block still incomplete: refuse it once it is larger
  // than the limit, so a peer cannot make us buffer without end.
  _limitPartial(data, offset) {
    if (data.length - offset > this.maxHeaderSize) {
      return parseError('HPE_HEADER_OVERFLOW', this.bytesParsed, data);
    }
    return null;
  }

  _head(data, offset) {
    // Empty lines between messages are allowed (RFC 9112 2.2).
    while (offset < data.length && (data[offset] === 13 || data[offset] === 10) && !this.inMessage) {
      offset++;
      this.bytesParsed++;
    }
    if (offset >= data.length) return offset;
    if (!this.inMessage) {
      this.inMessage = true;
      this.handlers.onMessageBegin?.();
    }
    const view = offset === 0 ? data : data.subarray(offset);
    const r = this.kind === 'request' ? binding.httpParseRequest(view) : binding.httpParseResponse(view);
    if (r === null) return this._limitPartial(data, offset);
    if (typeof r === 'string') return parseError(r, this.bytesParsed, data);
    if (r[0] > this.maxHeaderSize) return parseError('HPE_HEADER_OVERFLOW', this.bytesParsed, data);
    const info = this.kind === 'request'
      ? { method: r[1], url: r[2], versionMinor: r[3], rawHeaders: r[4] }
      : { statusCode: r[2], statusMessage: r[3], versionMinor: r[1], rawHeaders: r[4] };
    if (info.method !== undefined && this.knownMethods !== undefined && !this.knownMethods.has(info.method)) {
      return parseError('HPE_INVALID_METHOD', this.bytesParsed, data);
    }
    const framing = bodyFraming(this.kind, info);
    if (framing instanceof Error) {
      framing.bytesParsed = this.bytesParsed;
      framing.rawPacket = data;
      return framing;
    }
    info.upgrade = framing.upgrade;
    info.shouldKeepAlive = framing.keepAlive;
    const end = offset + r[0];
    this.headersDone = true;
    const verdict = this.handlers.onHead(info);
    if (verdict instanceof Error) {
      this.state = DONE;
      verdict.bytesParsed = this.bytesParsed;
      verdict.rawPacket = data;
      return verdict;
    }
    if (verdict === 'upgrade' || (info.upgrade && verdict !== false)) {
      this.state = DONE;
      return { upgrade: data.subarray(end) };
    }
    if (verdict === true) {
      this._complete([]);
      return end;
    }
    if (framing.chunked) {
      this.state = CHUNK_SIZE;
    } else if (framing.length !== null) {
      if (framing.length === 0) {
        this._complete([]);
        return end;
      }
      this.state = BODY_LENGTH;
      this.remaining = framing.length;
    } else if (framing.untilEof) {
      this.state = BODY_EOF;
    } else {
      this._complete([]);
    }
    return end;
  }

  _complete(rawTrailers) {
    this.state = HEAD;
    this.inMessage = false;
    this.headersDone = false;
    this.handlers.onComplete(rawTrailers);
  }

  close() {
    this.state = DONE;
    this.buffered = null;
    this.waiting = [];
  }
}

function isBlank(bytes) {
  for (const b of bytes) if (b !== 13 && b !== 10) return false;
  return true;
}

const kNoTokens = Object.freeze([]);

// How the body of a message is delimited, and whether the connection may
// be kept open after it.
function bodyFraming(kind, info) {
  let contentLength = null;
  let chunked = false;
  let hasTE = false;
  let connection = '';
  let upgradeHeader = false;
  const raw = info.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    // Only four names matter here; others are told apart by their length
    // without lower-casing them.
    const len = raw[i].length;
    if (len !== 14 && len !== 17 && len !== 10 && len !== 7) continue;
    const name = raw[i].toLowerCase();
    const value = raw[i + 1];
    if (name === 'content-length') {
      const text = value.trim();
      if (!/^\d+$/.test(text)) return parseError('HPE_INVALID_CONTENT_LENGTH', 0, null);
      const n = Number(text);
      if (contentLength !== null && contentLength !== n) {
        const err = parseError('HPE_UNEXPECTED_CONTENT_LENGTH', 0, null);
        err.message = 'Parse Error: Duplicate Content-Length';
        return err;
      }
      contentLength = n;
    } else if (name === 'transfer-encoding') {
      hasTE = true;
      // chunked must be the final coding.
      chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
    } else if (name === 'connection') {
      connection += `${value.toLowerCase()},`;
    } else if (name === 'upgrade') {
      upgradeHeader = true;
    }
  }
  if (hasTE && contentLength !== null) {
    return parseError('HPE_UNEXPECTED_CONTENT_LENGTH', 0, null);
  }
  // No Connection header (the usual case): no tokens to split.
  const tokens = connection === '' ? kNoTokens : connection.split(',').map((s) => s.trim());
  const keepAlive = info.versionMinor >= 1 ? !tokens.includes('close') : tokens.includes('keep-alive');
  let upgrade = false;
  if (kind === 'request') {
    upgrade = info.method === 'CONNECT' || (upgradeHeader && tokens.includes('upgrade'));
    if (hasTE && !chunked) return parseError('HPE_INVALID_TRANSFER_ENCODING', 0, null);
    return { chunked, length: chunked ? null : contentLength ?? 0, untilEof: false, keepAlive, upgrade };
  }
  const code = info.statusCode;
  upgrade = code === 101;
  if ((code >= 100 && code < 200) || code === 204 || code === 304) {
    return { chunked: false, length: 0, untilEof: false, keepAlive, upgrade };
  }
  if (chunked) return { chunked, length: null, untilEof: false, keepAlive, upgrade };
  if (contentLength !== null && !hasTE) return { chunked, length: contentLength, untilEof: false, keepAlive, upgrade };
  // No framing: the body runs to the end of the connection.
  return { chunked, length: null, untilEof: true, keepAlive: false, upgrade };
}

module.exports = { Parser, parseError, kNoBodyMethods };
