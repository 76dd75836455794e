// util.MIMEType and util.MIMEParams: MIME types as the WHATWG MIME Sniffing
// standard parses and serialises them, with Node's treatment of the odd
// corners (what follows a quoted value, lone backslashes, ...).
'use strict';

const { codes } = require('internal/errors');

// Characters outside an HTTP token / an HTTP quoted-string.
const nonTokenChar = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const nonQuotedStringChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;

const isHttpWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

// Index of the first character of `str` that may not appear in a token, or -1.
function badTokenIndex(str) {
  return str.search(nonTokenChar);
}

function badQuotedStringIndex(str) {
  return str.search(nonQuotedStringChar);
}

// Lower-cases ASCII letters only (the standard's "ASCII lowercase").
function asciiLower(str) {
  return str.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function skipWhitespace(str, pos) {
  while (pos < str.length && isHttpWhitespace(str[pos])) pos++;
  return pos;
}

function trimTrailingWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHttpWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

function syntaxError(production, str, index) {
  return new codes.ERR_INVALID_MIME_SYNTAX(production, str, index);
}

// Parses "type/subtype" at the start of `str`; returns the lower-cased parts
// and the position where the parameters begin.
function parseEssence(str) {
  const start = skipWhitespace(str, 0);
  const slash = str.indexOf('/', start);
  const type = slash === -1 ? str.slice(start) : str.slice(start, slash);
  const badType = badTokenIndex(type);
  if (type === '' || badType !== -1 || slash === -1) throw syntaxError('type', str, badType);

  const semicolon = str.indexOf(';', slash + 1);
  const rawSubtype = semicolon === -1 ? str.slice(slash + 1) : str.slice(slash + 1, semicolon);
  const subtype = trimTrailingWhitespace(rawSubtype);
  const badSubtype = badTokenIndex(subtype);
  if (subtype === '' || badSubtype !== -1) throw syntaxError('subtype', str, badSubtype);

  const paramsStart = semicolon === -1 ? str.length : semicolon + 1;
  return { type: asciiLower(type), subtype: asciiLower(subtype), paramsStart };
}

// Reads the quoted-string starting after the opening quote at `pos`: returns
// the unescaped value and the position after the closing quote (or the end).
// A backslash escapes the next character; a trailing lone backslash stays.
function readQuotedValue(str, pos) {
  let value = '';
  while (pos < str.length) {
    const c = str[pos++];
    if (c === '"') break;
    if (c === '\\') {
      if (pos < str.length) {
        value += str[pos++];
      } else {
        value += '\\';
      }
    } else {
      value += c;
    }
  }
  return { value, pos };
}

// Parses `;name=value` parameters into `map`; the first occurrence of a name
// wins and invalid names or values are dropped.
function parseParams(str, map) {
  const end = trimTrailingWhitespace(str).length;
  let pos = 0;
  while (pos < end) {
    pos = skipWhitespace(str, pos);
    let nameEnd = pos;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = asciiLower(str.slice(pos, nameEnd));
    pos = nameEnd;
    if (pos < end) {
      const terminator = str[pos++];
      if (terminator === ';') continue;
    }
    if (pos >= end) break;

    let value;
    if (str[pos] === '"') {
      const quoted = readQuotedValue(str, pos + 1);
      value = quoted.value;
      pos = quoted.pos;
    } else {
      const semicolon = str.indexOf(';', pos);
      const raw = semicolon === -1 ? str.slice(pos) : str.slice(pos, semicolon);
      pos += raw.length;
      value = trimTrailingWhitespace(raw);
      if (value === '') continue;
    }
    if (name !== '' && badTokenIndex(name) === -1 && badQuotedStringIndex(value) === -1 && !map.has(name)) {
      map.set(name, value);
    }
    // Step over the character that ended the value (normally ';').
    pos++;
  }
}

// A parameter value as it is written back: bare if it is a token, else
// quoted with `"` and `\` escaped.
function serializeValue(value) {
  if (value === '') return '""';
  if (badTokenIndex(value) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Lets MIMEType hand unparsed parameters to a new MIMEParams without a
// public way to do so.
let setPending;

class MIMEParams {
  #map = new Map();
  // Parameters of a parsed MIME type are parsed when first used.
  #pending = undefined;

  #data() {
    if (this.#pending !== undefined) {
      const str = this.#pending;
      this.#pending = undefined;
      parseParams(str, this.#map);
    }
    return this.#map;
  }

  static {
    setPending = (instance, str) => {
      instance.#pending = str;
      return instance;
    };
  }

  delete(name) {
    this.#data().delete(name);
  }

  get(name) {
    const data = this.#data();
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data().has(name);
  }

  set(name, value) {
    const data = this.#data();
    name = `${name}`;
    value = `${value}`;
    const badName = badTokenIndex(name);
    if (name.length === 0 || badName !== -1) throw syntaxError('parameter name', name, badName);
    const badValue = badQuotedStringIndex(value);
    if (badValue !== -1) throw syntaxError('parameter value', value, badValue);
    data.set(name, value);
  }

  *entries() {
    yield* this.#data().entries();
  }

  *keys() {
    yield* this.#data().keys();
  }

  *values() {
    yield* this.#data().values();
  }

  toString() {
    const parts = [];
    for (const [name, value] of this.#data()) parts.push(`${name}=${serializeValue(value)}`);
    return parts.join(';');
  }
}

for (const [name, method] of [[Symbol.iterator, MIMEParams.prototype.entries],
  ['toJSON', MIMEParams.prototype.toString]]) {
  Object.defineProperty(MIMEParams.prototype, name, { value: method, writable: true, configurable: true });
}

const paramsToString = MIMEParams.prototype.toString;
const makePendingParams = (str) => setPending(new MIMEParams(), str);

// Validates a new type or subtype for the setters.
function checkToken(production, value) {
  value = `${value}`;
  const bad = badTokenIndex(value);
  if (value.length === 0 || bad !== -1) throw syntaxError(production, value, bad);
  return asciiLower(value);
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(input) {
    const str = `${input}`;
    const { type, subtype, paramsStart } = parseEssence(str);
    this.#type = type;
    this.#subtype = subtype;
    this.#params = makePendingParams(str.slice(paramsStart));
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    this.#type = checkToken('type', value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    this.#subtype = checkToken('subtype', value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = paramsToString.call(this.#params);
    return params === '' ? this.essence : `${this.essence};${params}`;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', {
  value: MIMEType.prototype.toString, writable: true, configurable: true,
});

module.exports = { MIMEType, MIMEParams };
