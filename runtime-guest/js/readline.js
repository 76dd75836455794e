// node:readline: line-by-line reading of any Readable (stdin included).
//
// Lines are split on \n, \r\n and a lone \r, as Node does. A terminal is
// used in its own line-editing (cooked) mode: WASI cannot switch a terminal
// to raw mode, so the terminal echoes and edits the line and the Interface
// sees whole lines; prompts are written to `output`. There is no history.
'use strict';

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE,
} = codes;

const kQuestion = Symbol('kQuestion');
const kLines = Symbol('kLines');
const kOnData = Symbol('kOnData');
const kOnEnd = Symbol('kOnEnd');
const kSawReturn = Symbol('kSawReturn');
const kRemainder = Symbol('kRemainder');
const kDecoder = Symbol('kDecoder');
const kIterator = Symbol('kIterator');
const kSink = Symbol('kSink');
const kSplitter = Symbol('kSplitter');
const kSplitText = Symbol('kSplitText');
const kSplitBytes = Symbol('kSplitBytes');
const kDeliver = Symbol('kDeliver');

// At most this many unread lines wait in an async iterator before the input
// is paused, so `for await` over a huge file runs in bounded memory.
const ITERATOR_HIGH_WATER = 1024;

function validateAbortSignal(signal, name) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function utf8Bytes(text) {
  return require('buffer').Buffer.from(text, 'utf8');
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// Lines of `text` ended by \n, \r\n or a lone \r; the last element is
// what follows the last line ending (possibly ''). Splitting on a string
// separator is much faster in QuickJS than on a regular expression.
function splitLines(text) {
  const parts = text.split('\n');
  if (text.indexOf('\r') === -1) return parts;
  const lines = [];
  const last = parts.length - 1;
  for (let i = 0; i <= last; i++) {
    const part = parts[i];
    if (part.indexOf('\r') === -1) {
      lines.push(part);
      continue;
    }
    const pieces = part.split('\r');
    // "a\r" before a \n is a \r\n ending: one line, not two.
    if (i < last && pieces[pieces.length - 1] === '') pieces.pop();
    for (let j = 0; j < pieces.length; j++) lines.push(pieces[j]);
  }
  return lines;
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let options = input;
    if (!(input && typeof input === 'object' && typeof input.on !== 'function' &&
          input.input !== undefined)) {
      options = { input, output, completer, terminal };
    }
    ({ input, output, completer, terminal } = options);
    if (input === undefined || input === null || typeof input.on !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('input', 'Readable', input);
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('completer', completer);
    }
    const historySize = options.historySize;
    if (historySize !== undefined) {
      if (typeof historySize !== 'number') {
        throw new ERR_INVALID_ARG_TYPE('historySize', 'number', historySize);
      }
      if (Number.isNaN(historySize) || historySize < 0) {
        throw new codes.ERR_OUT_OF_RANGE('historySize', '>= 0', historySize);
      }
    }
    const signal = options.signal;
    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
    }
    if (terminal === undefined && output && typeof output === 'object') {
      terminal = Boolean(output.isTTY);
    }

    this.input = input;
    this.output = output;
    this.terminal = Boolean(terminal);
    this.completer = completer;
    this.crlfDelay = options.crlfDelay ? Math.max(100, options.crlfDelay) : 100;
    this.history = [];
    this.historySize = historySize ?? 30;
    this.line = '';
    this.cursor = 0;
    this.closed = false;
    this.paused = false;
    this._prompt = options.prompt === undefined ? '> ' : String(options.prompt);
    this[kQuestion] = null;
    this[kSawReturn] = false;
    this[kRemainder] = '';
    this[kDecoder] = null;
    this[kSplitter] = null;
    this[kIterator] = null;

    this[kOnData] = (chunk) => this[kLines](chunk);
    this[kOnEnd] = () => {
      this[kLines](null);
      this.close();
    };
    input.on('data', this[kOnData]);
    input.on('end', this[kOnEnd]);
    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    input.resume();
  }

  get columns() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.output) this.output.write(this._prompt);
    if (!preserveCursor) this.cursor = 0;
  }

  question(query, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    options = options ?? {};
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    validateFunction(cb, 'cb');
    const signal = options.signal;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      // As Node: a cancelled question ends the prompt's line.
      const onAbort = () => {
        if (this[kQuestion] === null) return;
        this[kQuestion] = null;
        if (this.output) this.output.write('\r\n');
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const done = cb;
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        done(answer);
      };
    }
    if (this[kQuestion] !== null) {
      // Node ignores a second question while one is pending.
      return;
    }
    this[kQuestion] = cb;
    const saved = this._prompt;
    this._prompt = query;
    this.prompt();
    this._prompt = saved;
  }

  pause() {
    if (this.paused) return this;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return this;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data) {
    if (this.paused) this.resume();
    if (typeof data === 'string' || data instanceof Uint8Array) this[kLines](data);
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.input.removeListener('data', this[kOnData]);
    this.input.removeListener('end', this[kOnEnd]);
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() {
    const text = this._prompt + this.line.slice(0, this.cursor);
    return { rows: 0, cols: text.length };
  }

  // Splits input into lines. `null` is the end of input: a last line
  // without a line ending still counts.
  [kLines](chunk) {
    if (chunk === null) {
      let tail = this[kRemainder];
      if (this[kSplitter] !== null) tail = binding.linesEnd(this[kSplitter]);
      else if (this[kDecoder] !== null) tail += this[kDecoder].end();
      this[kRemainder] = '';
      if (tail.length > 0) this._onLine(tail);
      return;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      // Not bytes Node's decoder knows: let it decide (it throws).
      if (this[kDecoder] === null) {
        const { StringDecoder } = require('string_decoder');
        this[kDecoder] = new StringDecoder('utf8');
      }
      chunk = this[kDecoder].write(chunk);
    }
    const lines = typeof chunk === 'string' && this[kSplitter] === null
      ? this[kSplitText](chunk) : this[kSplitBytes](chunk);
    if (lines.length > 0) this[kDeliver](lines);
  }

  // Text chunks (an input with an encoding set) are split here, as long
  // as no bytes came before.
  [kSplitText](text) {
    if (text.length === 0) return [];
    // A \r\n split across two chunks is one line ending.
    if (this[kSawReturn]) {
      this[kSawReturn] = false;
      if (text.charCodeAt(0) === 10) text = text.slice(1);
    }
    text = this[kRemainder] + text;
    if (text.charCodeAt(text.length - 1) === 13) this[kSawReturn] = true;
    const lines = splitLines(text);
    this[kRemainder] = lines.pop();
    return lines;
  }

  // Byte chunks are split and decoded natively (src/lines.rs), one call a
  // chunk; from the first one on, text chunks go the same way as UTF-8, so
  // that a line begun in one kind and ended in the other stays whole.
  [kSplitBytes](chunk) {
    let splitter = this[kSplitter];
    if (splitter === null) {
      splitter = this[kSplitter] = binding.linesNew(this[kSawReturn]);
      this[kSawReturn] = false;
      const rest = this[kRemainder];
      this[kRemainder] = '';
      // Text after the last line ending holds no ending: no line comes out.
      if (rest.length > 0) binding.linesPush(splitter, utf8Bytes(rest));
    }
    if (typeof chunk === 'string') chunk = utf8Bytes(chunk);
    return binding.linesPush(splitter, chunk);
  }

  [kDeliver](lines) {
    const sink = this[kIterator] === null ? null : this[kIterator][kSink];
    const events = this._events;
    const listened = events !== undefined && events.line !== undefined;
    // Only an async iterator reads the lines: they go to it in one batch.
    if (sink !== null && !listened && this[kQuestion] === null && !this.closed) {
      sink.push(lines);
      return;
    }
    const batch = sink === null ? null : [];
    // As in Node, closing from a listener does not stop the rest of the
    // chunk's lines from being emitted.
    for (let i = 0; i < lines.length; i++) {
      if (this[kQuestion] !== null) {
        this._onLine(lines[i]);
        continue;
      }
      // The async iterator takes lines straight from here; 'line'
      // listeners, if any, still get every one.
      if (batch !== null && !this.closed) batch.push(lines[i]);
      const ev = this._events;
      if (ev !== undefined && ev.line !== undefined) this.emit('line', lines[i]);
    }
    if (batch !== null) sink.push(batch);
  }

  _onLine(line) {
    const question = this[kQuestion];
    if (question !== null) {
      this[kQuestion] = null;
      question(line);
      return;
    }
    const sink = this[kIterator] === null ? null : this[kIterator][kSink];
    if (sink !== null) sink.push([line]);
    this.emit('line', line);
  }

  [Symbol.asyncIterator]() {
    if (this[kIterator] === null) this[kIterator] = lineIterator(this);
    return this[kIterator];
  }
}

if (typeof Symbol.dispose === 'symbol') {
  Interface.prototype[Symbol.dispose] = function () { this.close(); };
}

// Lines as an async iterator, pausing the input while too many wait. The
// Interface hands lines to `sink.push` in batches (an array per chunk, see
// kDeliver): an event or an array push per line costs more than the line
// itself in QuickJS.
function lineIterator(rl) {
  // Batches not fully read yet, oldest first from `first`; `pos` is the
  // next line's index in the oldest one, `count` the lines waiting.
  let batches = [];
  let first = 0;
  let pos = 0;
  let count = 0;
  let done = rl.closed;
  let error = null;
  let waiting = null;
  let pausedByUs = false;

  const wake = () => {
    if (waiting === null) return;
    const resolve = waiting;
    waiting = null;
    resolve();
  };
  const sink = {
    push(lines) {
      if (lines.length === 0) return;
      batches.push(lines);
      count += lines.length;
      if (count >= ITERATOR_HIGH_WATER && !rl.paused && !rl.closed) {
        pausedByUs = true;
        rl.pause();
      }
      wake();
    },
  };
  rl.on('close', () => { done = true; wake(); });
  rl.input.on('error', (err) => { error = err; wake(); });

  // Past the oldest batch once its last line is taken.
  function nextBatch() {
    pos = 0;
    batches[first++] = undefined;
    if (first === batches.length) {
      batches.length = 0;
      first = 0;
    } else if (first > 1024 && first * 2 > batches.length) {
      batches = batches.slice(first);
      first = 0;
    }
  }

  function resumeInput() {
    pausedByUs = false;
    if (!rl.closed) rl.resume();
  }

  // The oldest waiting line; only called while count > 0. (next() has
  // its own copy: a call per line is a measurable part of the loop.)
  function take() {
    const batch = batches[first];
    const value = batch[pos];
    if (++pos === batch.length) nextBatch();
    if (--count < ITERATOR_HIGH_WATER / 2 && pausedByUs) resumeInput();
    return { value, done: false };
  }

  async function slowNext() {
    for (;;) {
      if (count > 0) return take();
      if (error !== null) {
        const err = error;
        error = null;
        done = true;
        throw err;
      }
      if (done) return { value: undefined, done: true };
      await new Promise((resolve) => { waiting = resolve; });
    }
  }

  const iterator = {
    [kSink]: sink,
    next() {
      // A line already waiting: no async frame, one resolved promise.
      if (count > 0) {
        const batch = batches[first];
        const value = batch[pos];
        if (++pos === batch.length) nextBatch();
        if (--count < ITERATOR_HIGH_WATER / 2 && pausedByUs) resumeInput();
        return Promise.resolve({ value, done: false });
      }
      return slowNext();
    },
    async return() {
      done = true;
      rl.close();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return iterator;
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// ---- cursor helpers (ANSI escape sequences, as Node writes them) ----------

const CSI = '\x1b[';

function writeAndCall(stream, data, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new ERR_INVALID_ARG_VALUE('x', x);
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return writeAndCall(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return writeAndCall(stream, data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const data = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return writeAndCall(stream, data, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  return writeAndCall(stream, `${CSI}0J`, callback);
}

// Keypress events need a raw-mode terminal, which WASI cannot provide; for
// other streams each character of input is a keypress.
const kKeypress = Symbol('kKeypress');
function emitKeypressEvents(stream) {
  if (stream[kKeypress]) return;
  stream[kKeypress] = true;
  let decoder = null;
  stream.on('data', (chunk) => {
    if (stream.listenerCount('keypress') === 0) return;
    let text = chunk;
    if (typeof chunk !== 'string') {
      if (decoder === null) {
        const { StringDecoder } = require('string_decoder');
        decoder = new StringDecoder('utf8');
      }
      text = decoder.write(chunk);
    }
    for (const ch of text) stream.emit('keypress', ch, keyOf(ch));
  });
}

function keyOf(ch) {
  const code = ch.codePointAt(0);
  if (ch === '\r') return { sequence: ch, name: 'return', ctrl: false, meta: false, shift: false };
  if (ch === '\n') return { sequence: ch, name: 'enter', ctrl: false, meta: false, shift: false };
  if (ch === '\t') return { sequence: ch, name: 'tab', ctrl: false, meta: false, shift: false };
  if (ch === '\x7f' || ch === '\b') {
    return { sequence: ch, name: 'backspace', ctrl: false, meta: false, shift: false };
  }
  if (ch === ' ') return { sequence: ch, name: 'space', ctrl: false, meta: false, shift: false };
  if (code < 27) {
    return {
      sequence: ch, name: String.fromCharCode(code + 96), ctrl: true, meta: false, shift: false,
    };
  }
  if (/^[a-z0-9]$/.test(ch)) return { sequence: ch, name: ch, ctrl: false, meta: false, shift: false };
  if (/^[A-Z]$/.test(ch)) {
    return { sequence: ch, name: ch.toLowerCase(), ctrl: false, meta: false, shift: true };
  }
  return { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
