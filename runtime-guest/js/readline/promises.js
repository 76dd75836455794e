// node:readline/promises: the readline Interface with a promise-returning
// question(), and Readline, which batches cursor moves until commit().
'use strict';

const readline = require('readline');
const { codes } = require('internal/errors');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new codes.ERR_USE_AFTER_CLOSE('readline'));
        return;
      }
      const signal = options?.signal;
      if (signal) {
        if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
          throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
        }
        if (signal.aborted) {
          reject(abortError(signal));
          return;
        }
        signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
      }
      super.question(query, options, resolve);
    });
  }
}

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const CSI = '\x1b[';

class Readline {
  #stream;
  #todo = [];
  #autoCommit;

  constructor(stream, options = undefined) {
    if (!(stream instanceof require('stream').Writable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    this.#autoCommit = Boolean(options?.autoCommit);
  }

  #add(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    if (typeof x !== 'number' || Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_VALUE('x', x);
    if (y !== undefined && (typeof y !== 'number' || Number.isNaN(y))) {
      throw new codes.ERR_INVALID_ARG_VALUE('y', y);
    }
    return this.#add(y === undefined ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (!(dx || dy)) return this;
    let data = '';
    if (dx < 0) data += `${CSI}${-dx}D`;
    else if (dx > 0) data += `${CSI}${dx}C`;
    if (dy < 0) data += `${CSI}${-dy}A`;
    else if (dy > 0) data += `${CSI}${dy}B`;
    return this.#add(data);
  }

  clearLine(dir) {
    return this.#add(dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);
  }

  clearScreenDown() {
    return this.#add(`${CSI}0J`);
  }

  commit() {
    return new Promise((resolve) => {
      const data = this.#todo.join('');
      this.#todo = [];
      this.#stream.write(data, resolve);
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
