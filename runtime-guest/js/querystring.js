// node:querystring — URL query strings: parse, stringify, escape, unescape.
'use strict';

const { codes } = require('internal/errors');

// Escapes like encodeURIComponent; a lone surrogate is Node's
// ERR_INVALID_URI rather than a bare URIError.
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    throw new codes.ERR_INVALID_URI();
  }
}

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

// Percent-decoding that never throws: malformed escapes stay as they are
// and the bytes are read as UTF-8 (invalid sequences become U+FFFD).
// Percent-decoding that never throws: malformed escapes stay as they are
// and every other character becomes one byte (its low 8 bits), as in Node.
function unescapeBuffer(s, decodeSpaces) {
  const bytes = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 /* + */ && decodeSpaces) {
      bytes[n++] = 32;
    } else if (c === 37 /* % */ && i + 2 < s.length && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      bytes[n++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      bytes[n++] = c & 0xff;
    }
  }
  return bytes.subarray(0, n);
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

function stringify(obj, sep, eq, options) {
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

function decodeStr(s, decode) {
  try {
    return decode(s);
  } catch {
    return qsUnescape(s, true);
  }
}

function addPair(obj, pair, decode) {
  let { key, value } = pair;
  if (key.length > 0 && pair.keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && pair.valEncoded) value = decodeStr(value, decode);
  const existing = obj[key];
  if (existing === undefined) obj[key] = value;
  else if (existing.pop) existing.push(value);
  else obj[key] = [existing, value];
}

// A single left-to-right scan, as Node does it: separators are matched
// character by character, '+' becomes a space, and a piece is only decoded
// when a %XX escape was seen in it outside a partial separator match (so
// custom decoders are always called). Empty pieces count against maxKeys.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepStr = sep ? String(sep) : '&';
  const eqStr = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairs = maxKeys > 0 ? maxKeys : Infinity;
  const decode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : qsUnescape;
  const customDecode = decode !== qsUnescape;
  const fresh = () => ({ key: '', value: '', keyEncoded: customDecode, valEncoded: customDecode });
  let pair = fresh();
  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let encodeCheck = 0;
  // Tracks %XX in the key or value; returns true once one is complete.
  const seeEscape = (code) => {
    if (code === 37) {
      encodeCheck = 1;
    } else if (encodeCheck > 0) {
      if (isHex(code)) return ++encodeCheck === 3;
      encodeCheck = 0;
    }
    return false;
  };
  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepStr.charCodeAt(sepIdx)) {
      if (++sepIdx !== sepStr.length) continue;
      const end = i - sepIdx + 1;
      if (eqIdx < eqStr.length) {
        if (lastPos < end) {
          pair.key += qs.slice(lastPos, end);
        } else if (pair.key.length === 0) {
          if (--pairs === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        pair.value += qs.slice(lastPos, end);
      }
      addPair(obj, pair, decode);
      if (--pairs === 0) return obj;
      pair = fresh();
      encodeCheck = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqStr.length) {
      if (code === eqStr.charCodeAt(eqIdx)) {
        if (++eqIdx === eqStr.length) {
          const end = i - eqIdx + 1;
          if (lastPos < end) pair.key += qs.slice(lastPos, end);
          encodeCheck = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!pair.keyEncoded) {
        const wasChecking = code === 37 || encodeCheck > 0;
        if (seeEscape(code)) pair.keyEncoded = true;
        if (wasChecking && (code === 37 || encodeCheck > 0)) continue;
      }
      if (code === 43) {
        if (lastPos < i) pair.key += qs.slice(lastPos, i);
        pair.key += ' ';
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43) {
      if (lastPos < i) pair.value += qs.slice(lastPos, i);
      pair.value += ' ';
      lastPos = i + 1;
    } else if (!pair.valEncoded && seeEscape(code)) {
      pair.valEncoded = true;
    }
  }
  if (lastPos < qs.length) {
    if (eqIdx < eqStr.length) pair.key += qs.slice(lastPos);
    else if (sepIdx < sepStr.length) pair.value += qs.slice(lastPos);
  } else if (eqIdx === 0 && pair.key.length === 0) {
    return obj;
  }
  addPair(obj, pair, decode);
  return obj;
}

function unescape(s, decodeSpaces) {
  return qsUnescape(s, decodeSpaces);
}

module.exports = {
  unescapeBuffer: (s, decodeSpaces) => require('buffer').Buffer.from(unescapeBuffer(s, decodeSpaces)),
  unescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
