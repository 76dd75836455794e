// node:querystring — URL query strings: parse, stringify, escape, unescape.
'use strict';

const { codes } = require('internal/errors');

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeURIComponent(str);
}

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

// Percent-decoding that never throws: malformed escapes stay as they are
// and the bytes are read as UTF-8 (invalid sequences become U+FFFD).
function unescapeBuffer(s, decodeSpaces) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 /* + */ && decodeSpaces) {
      bytes.push(32);
    } else if (c === 37 /* % */ && i + 2 < s.length && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      const cp = s.codePointAt(i);
      if (cp > 0xffff) i++;
      bytes.push(...binding.utf8Encode(String.fromCodePoint(cp)));
    }
  }
  return new Uint8Array(bytes);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return binding.utf8Decode(unescapeBuffer(s, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep = '&', eq = '=', options = undefined) {
  sep ||= '&';
  eq ||= '=';
  const encode = typeof options?.encodeURIComponent === 'function' ? options.encodeURIComponent : qsEscape;
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const ks = `${encode(stringifyPrimitive(key))}${eq}`;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(ks + encode(stringifyPrimitive(item)));
    } else {
      parts.push(ks + encode(stringifyPrimitive(value)));
    }
  }
  return parts.join(sep);
}

function parse(qs, sep = '&', eq = '=', options = undefined) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : qsUnescape;
  let pieces = qs.split(sep);
  if (maxKeys > 0 && pieces.length > maxKeys) pieces = pieces.slice(0, maxKeys);
  for (const piece of pieces) {
    if (piece.length === 0 && pieces.length > 1) continue;
    const idx = piece.indexOf(eq);
    let k = idx >= 0 ? piece.slice(0, idx) : piece;
    let v = idx >= 0 ? piece.slice(idx + eq.length) : '';
    k = decodeComponent(k.replace(/\+/g, ' '), decode);
    v = decodeComponent(v.replace(/\+/g, ' '), decode);
    if (k === '' && v === '' && idx < 0) continue;
    const existing = obj[k];
    if (existing === undefined) obj[k] = v;
    else if (Array.isArray(existing)) existing.push(v);
    else obj[k] = [existing, v];
  }
  return obj;
}

function decodeComponent(s, decode) {
  try {
    return decode(s);
  } catch {
    return qsUnescape(s, true);
  }
}

function validate(fn, name) {
  return function (...args) {
    if (name === 'escape' && args.length === 0) throw new codes.ERR_MISSING_ARGS('str');
    return fn(...args);
  };
}

module.exports = {
  parse,
  decode: parse,
  stringify,
  encode: stringify,
  escape: validate(qsEscape, 'escape'),
  unescape: qsUnescape,
  unescapeBuffer: (s, decodeSpaces) => require('buffer').Buffer.from(unescapeBuffer(s, decodeSpaces)),
};
