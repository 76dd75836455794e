// JSON.parse with V8's error messages. Programs show these to users (a
// malformed request body in express/body-parser becomes a 400 whose text is
// the message), and QuickJS-NG words several of them differently
// ("unexpected data at the end", no source excerpt). The engine still does
// all the parsing; only when it throws a SyntaxError is the text scanned
// again, here, to find what V8 would have reported.
'use strict';

const WS = new Set([' ', '\t', '\n', '\r']);
// Sources that V8 quotes whole instead of naming a token.
const SPECIAL = new Set(['undefined', 'NaN', 'Infinity', '[object Object]']);
// V8 shows the whole source when it is shorter than this, else up to 10
// characters either side of the bad one.
const CONTEXT = 10;
const MIN_LENGTH_FOR_CONTEXT = 2 * CONTEXT + 1;

class Failure {
  constructor(message) {
    this.message = message;
  }
}

function at(src, pos, what, where = 'in JSON') {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos; i++) {
    if (src.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return new Failure(`${what} ${where} at position ${pos} (line ${line} column ${pos - lineStart + 1})`);
}

function unexpectedEnd() {
  return new Failure('Unexpected end of JSON input');
}

function unexpectedToken(src, pos) {
  if (SPECIAL.has(src)) return new Failure(`"${src}" is not valid JSON`);
  const token = src[pos];
  if (src.length < MIN_LENGTH_FOR_CONTEXT) {
    return new Failure(`Unexpected token '${token}', "${src}" is not valid JSON`);
  }
  const start = Math.max(0, pos - CONTEXT);
  const end = Math.min(src.length, pos + CONTEXT);
  const before = start > 0 ? '...' : '';
  const after = end < src.length ? '...' : '';
  return new Failure(`Unexpected token '${token}', ${before}"${src.slice(start, end)}"${after} is not valid JSON`);
}

// A scanner that only validates, throwing a Failure at the first error.
class Checker {
  constructor(src) {
    this.src = src;
    this.pos = 0;
  }

  fail(failure) {
    throw failure;
  }

  skipSpace() {
    while (this.pos < this.src.length && WS.has(this.src[this.pos])) this.pos++;
  }

  atEnd() {
    return this.pos >= this.src.length;
  }

  document() {
    this.skipSpace();
    this.value();
    this.skipSpace();
    if (!this.atEnd()) this.fail(at(this.src, this.pos, 'Unexpected non-whitespace character', 'after JSON'));
  }

  value() {
    if (this.atEnd()) this.fail(unexpectedEnd());
    const c = this.src[this.pos];
    if (c === '"') return this.string();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === 't') return this.literal('true');
    if (c === 'f') return this.literal('false');
    if (c === 'n') return this.literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    return this.fail(unexpectedToken(this.src, this.pos));
  }

  literal(word) {
    for (let i = 0; i < word.length; i++, this.pos++) {
      if (this.atEnd()) this.fail(unexpectedEnd());
      if (this.src[this.pos] !== word[i]) this.fail(unexpectedToken(this.src, this.pos));
    }
  }

  isDigit() {
    const c = this.src[this.pos];
    return c !== undefined && c >= '0' && c <= '9';
  }

  digits() {
    while (this.isDigit()) this.pos++;
  }

  number() {
    const { src } = this;
    if (src[this.pos] === '-') {
      this.pos++;
      if (!this.isDigit()) this.fail(at(src, this.pos, 'No number after minus sign'));
    }
    if (src[this.pos] === '0') {
      this.pos++;
      if (this.isDigit()) this.fail(at(src, this.pos, 'Unexpected number'));
    } else {
      this.digits();
    }
    if (src[this.pos] === '.') {
      this.pos++;
      if (!this.isDigit()) this.fail(at(src, this.pos, 'Unterminated fractional number'));
      this.digits();
    }
    if (src[this.pos] === 'e' || src[this.pos] === 'E') {
      this.pos++;
      if (src[this.pos] === '+' || src[this.pos] === '-') this.pos++;
      if (!this.isDigit()) this.fail(at(src, this.pos, 'Exponent part is missing a number'));
      this.digits();
    }
  }

  string() {
    const { src } = this;
    this.pos++;
    for (;;) {
      if (this.atEnd()) this.fail(at(src, this.pos, 'Unterminated string'));
      const code = src.charCodeAt(this.pos);
      if (code === 0x22) {
        this.pos++;
        return;
      }
      if (code < 0x20) this.fail(at(src, this.pos, 'Bad control character in string literal'));
      if (code === 0x5c) {
        this.pos++;
        this.escape();
      } else {
        this.pos++;
      }
    }
  }

  escape() {
    const { src } = this;
    if (this.atEnd()) this.fail(unexpectedEnd());
    const c = src[this.pos];
    if ('"\\/bfnrt'.includes(c)) {
      this.pos++;
      return;
    }
    if (c !== 'u') this.fail(at(src, this.pos, 'Bad escaped character'));
    this.pos++;
    for (let i = 0; i < 4; i++, this.pos++) {
      if (!/[0-9a-fA-F]/.test(src[this.pos] ?? '')) this.fail(at(src, this.pos, 'Bad Unicode escape'));
    }
  }

  object() {
    const { src } = this;
    this.pos++;
    this.skipSpace();
    if (src[this.pos] === '}') {
      this.pos++;
      return;
    }
    if (src[this.pos] !== '"') this.fail(at(src, this.pos, "Expected property name or '}'"));
    for (;;) {
      this.string();
      this.skipSpace();
      if (src[this.pos] !== ':') this.fail(at(src, this.pos, "Expected ':' after property name"));
      this.pos++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      if (src[this.pos] === '}') {
        this.pos++;
        return;
      }
      if (src[this.pos] !== ',') this.fail(at(src, this.pos, "Expected ',' or '}' after property value"));
      this.pos++;
      this.skipSpace();
      if (src[this.pos] !== '"') this.fail(at(src, this.pos, 'Expected double-quoted property name'));
    }
  }

  array() {
    const { src } = this;
    this.pos++;
    this.skipSpace();
    if (src[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.value();
      this.skipSpace();
      if (src[this.pos] === ']') {
        this.pos++;
        return;
      }
      if (src[this.pos] !== ',') this.fail(at(src, this.pos, "Expected ',' or ']' after array element"));
      this.pos++;
      this.skipSpace();
    }
  }
}

// V8's message for a source the engine refused, or undefined if the source
// is valid JSON (the error then came from the reviver and is left alone).
function v8Message(src) {
  try {
    new Checker(src).document();
  } catch (failure) {
    if (failure instanceof Failure) return failure.message;
    throw failure;
  }
  return undefined;
}

function install() {
  const engineParse = JSON.parse;
  const wrapper = {
    parse(text, reviver) {
      try {
        return engineParse(text, reviver);
      } catch (err) {
        if (err instanceof SyntaxError && err.constructor === SyntaxError) {
          let message;
          try {
            message = v8Message(String(text));
          } catch {
            // String(text) threw or the scan ran out of stack: keep the engine's error.
          }
          if (message !== undefined) err.message = message;
        }
        throw err;
      }
    },
  };
  Object.defineProperty(JSON, 'parse', { value: wrapper.parse, writable: true, configurable: true, enumerable: false });
}

module.exports = { install, v8Message };
