// assert.ok and its message: when no message is given Node quotes the
// failing call from the source line ("The expression evaluated to a falsy
// value:\n\n  assert.ok(x)\n").
'use strict';

const { AssertionError } = require('internal/assert/assertion_error');

// ---- locating the call in the source ------------------------------------------
//
// V8 reports the column of the callee; QuickJS reports the position of the
// last token of the arguments. So the call is found by tokenizing the file up
// to that position and looking at the parentheses still open there.

const kPunct = /^(?:\?\.(?!\d)|\.\.\.|[=!]==?|=>|[-+*/%&|^<>]=|&&|\|\||\?\?|\+\+|--|[()[\]{}.,;:?~!<>=+\-*/%&|^@#])/;
// After these tokens a `/` starts a regular expression, not a division.
const kBeforeRegExp = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '&&', '||', '??',
  '=>', '==', '===', '!=', '!==', '+', '-', '*', '%', '<', '>', '~', '^', 'return', 'typeof', 'case',
  'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

function skipQuoted(src, i, quote) {
  for (i++; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === quote || src[i] === '\n') return i + 1;
  }
  return i;
}

function skipRegExp(src, i) {
  let inClass = false;
  for (i++; i < src.length && src[i] !== '\n'; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      i++;
      while (i < src.length && /[\w$]/.test(src[i])) i++;
      return i;
    }
  }
  return i;
}

// Tokens of `src` up to offset `end`: { type: 'name'|'string'|'num'|'punct', text, start }.
// Template literals yield a `string` token per text part; `${` opens a brace.
function tokenize(src, end) {
  const tokens = [];
  const braces = []; // true for a `${` of a template literal
  let i = 0;
  const lastText = () => (tokens.length ? tokens[tokens.length - 1] : null);
  const templatePart = (from) => {
    let k = from;
    while (k < src.length) {
      if (src[k] === '\\') k += 2;
      else if (src[k] === '`') return { next: k + 1, open: false };
      else if (src[k] === '$' && src[k + 1] === '{') return { next: k + 2, open: true };
      else k++;
    }
    return { next: k, open: false };
  };
  while (i < end && i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const close = src.indexOf('*/', i + 2);
      i = close === -1 ? src.length : close + 2;
    } else if (c === '\'' || c === '"') {
      const next = skipQuoted(src, i, c);
      tokens.push({ type: 'string', text: src.slice(i, next), start: i });
      i = next;
    } else if (c === '`' || (c === '}' && braces[braces.length - 1] === true)) {
      if (c === '}') braces.pop();
      const part = templatePart(i + 1);
      tokens.push({ type: 'string', text: src.slice(i, part.next), start: i });
      if (part.open) {
        braces.push(true);
        tokens.push({ type: 'punct', text: '(', start: part.next - 1, template: true });
      }
      i = part.next;
    } else if (/[\w$\\]/.test(c) || c.charCodeAt(0) > 127) {
      const m = /^(?:[\w$]|\\u[\da-fA-F]{4}|[^\x00-\x7f])+/.exec(src.slice(i, i + 256));
      const text = m ? m[0] : c;
      tokens.push({ type: /^\d/.test(text) ? 'num' : 'name', text, start: i });
      i += text.length;
    } else if (c === '/' && (!lastText() || (lastText().type === 'punct' && kBeforeRegExp.has(lastText().text)) ||
               (lastText().type === 'name' && kBeforeRegExp.has(lastText().text)))) {
      const next = skipRegExp(src, i);
      tokens.push({ type: 'regexp', text: src.slice(i, next), start: i });
      i = next;
    } else {
      const m = kPunct.exec(src.slice(i, i + 4));
      const text = m ? m[0] : c;
      if (text === '{') braces.push(false);
      else if (text === '}') braces.pop();
      tokens.push({ type: 'punct', text, start: i });
      i += text.length;
    }
  }
  return tokens;
}

// Start of the member chain that ends right before token `k` (`a.b['c']?.d`).
function calleeStart(tokens, k) {
  let j = k - 1;
  if (j < 0) return -1;
  let start = -1;
  while (j >= 0) {
    const t = tokens[j];
    if (t.type === 'name') {
      start = j;
      const before = tokens[j - 1];
      if (before && before.type === 'punct' && (before.text === '.' || before.text === '?.')) {
        j -= 2;
        continue;
      }
      break;
    }
    if (t.type === 'punct' && t.text === ']') {
      // assert['ok']: a literal key only.
      const key = tokens[j - 1];
      const open = tokens[j - 2];
      if (!key || !open || open.text !== '[' || (key.type !== 'string' && key.type !== 'num')) return -1;
      j -= 3;
      continue;
    }
    return -1;
  }
  if (start === -1) return -1;
  // `function f(` and keywords before a parenthesis are not calls.
  const head = tokens[start].text;
  if (head === 'if' || head === 'while' || head === 'for' || head === 'switch' || head === 'catch' ||
      head === 'function' || head === 'return' || head === 'typeof') return -1;
  return start;
}

const kAssertNames = /^(?:ok|assert|strict)$/;

// The source text of the assert call around `offset`, cut at the end of the
// line the callee is on, or undefined.
function callExpressionAt(src, offset) {
  let lineEnd = src.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = src.length;
  const tokens = tokenize(src, lineEnd);
  // Calls whose parentheses are still open at `offset`, innermost last.
  const open = [];
  for (let k = 0; k < tokens.length && tokens[k].start <= offset; k++) {
    const t = tokens[k];
    if (t.type !== 'punct') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') {
      open.push({ k, callee: t.text === '(' && !t.template ? calleeStart(tokens, k) : -1 });
    } else if (t.text === ')' || t.text === ']' || t.text === '}') {
      open.pop();
    }
  }
  const candidates = [];
  // QuickJS points at the callee itself when the call has no arguments (or
  // at the start of a computed member chain such as `assert['ok']`).
  const at = tokens.findIndex((t) => t.start === offset);
  if (at !== -1 && tokens[at].type === 'name') {
    const ahead = tokens.slice(at);
    const chain = /^(?:(?:\.|\?\.)name|\[(?:string|num)\])*/.exec(
      ahead.slice(1).map((t) => (t.type === 'punct' ? t.text : t.type)).join(''));
    // Count the tokens the chain spans to find the parenthesis after it.
    let k = 1;
    let used = 0;
    while (used < chain[0].length) used += (ahead[k].type === 'punct' ? ahead[k].text : ahead[k].type).length, k++;
    const paren = ahead[k];
    if (paren && paren.type === 'punct' && paren.text === '(' && !paren.template) {
      const callee = calleeStart(tokens, at + k);
      if (callee !== -1) candidates.push({ callee, paren: paren.start });
    }
  }
  for (let n = open.length - 1; n >= 0; n--) {
    if (open[n].callee !== -1) candidates.push({ callee: open[n].callee, paren: tokens[open[n].k].start });
  }
  if (candidates.length === 0) return undefined;
  const lastName = (c) => {
    let k = c.callee;
    let name = tokens[k].text;
    while (k < tokens.length && tokens[k].start < c.paren) {
      if (tokens[k].type === 'name') name = tokens[k].text;
      k++;
    }
    return name;
  };
  const chosen = candidates.find((c) => kAssertNames.test(lastName(c)) || tokens[c.callee].text === 'assert') ??
    candidates[0];
  const from = tokens[chosen.callee].start;
  let end = src.indexOf('\n', from);
  if (end === -1) end = src.length;
  const line = src.slice(from, end);
  // Match the call's parenthesis within the rest of the line.
  const rest = tokenize(line, line.length);
  let depth = 0;
  for (const t of rest) {
    if (t.type !== 'punct') continue;
    if (t.text === '(' && !t.template) depth++;
    else if (t.text === ')' && --depth === 0) return line.slice(0, t.start + 1);
  }
  return line.replace(/\r$/, '');
}

function sourceOf(file) {
  if (file.startsWith('file://')) {
    try {
      file = require('url').fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  try {
    return binding.readFileUtf8(file);
  } catch {
    return undefined;
  }
}

// Control characters other than \t and \n are shown escaped.
function escapeControls(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => {
    const special = { '\b': '\\b', '\f': '\\f', '\r': '' }[c];
    if (special !== undefined) return special;
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// The call site, found from a fresh trace even when the program set
// Error.stackTraceLimit to 0.
function callSite() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const settable = desc === undefined || desc.writable || typeof desc.set === 'function';
  const saved = Error.stackTraceLimit;
  if (settable) Error.stackTraceLimit = 20;
  try {
    return binding.errorLocation(new Error());
  } finally {
    if (settable) Error.stackTraceLimit = saved;
  }
}

function falsyValueMessage() {
  const loc = callSite();
  if (!loc) return undefined;
  const src = sourceOf(loc[0]);
  if (src === undefined) return undefined;
  let offset = 0;
  for (let line = 1; line < loc[1]; line++) {
    const nl = src.indexOf('\n', offset);
    if (nl === -1) return undefined;
    offset = nl + 1;
  }
  offset += Math.max(loc[2] - 1, 0);
  const expr = callExpressionAt(src, offset);
  if (!expr) return undefined;
  return `The expression evaluated to a falsy value:\n\n  ${escapeControls(expr)}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = falsyValueMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

module.exports = { innerOk, callExpressionAt };
