// A Readable's queue of chunks: an array read from a moving head, so that
// taking a chunk off the front is O(1) and no array is copied per chunk.
'use strict';

const { Buffer } = require('buffer');

class BufferList {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(v) {
    this.items.push(v);
  }

  unshift(v) {
    if (this.head > 0) this.items[--this.head] = v;
    else this.items.unshift(v);
  }

  first() {
    return this.items[this.head];
  }

  shift() {
    const items = this.items;
    const v = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > items.length) {
      // Drop the consumed prefix now and then so the array cannot grow forever.
      items.splice(0, this.head);
      this.head = 0;
    }
    return v;
  }

  clear() {
    this.items.length = 0;
    this.head = 0;
  }

  join(sep) {
    return this.head === 0 ? this.items.join(sep) : this.items.slice(this.head).join(sep);
  }

  // All chunks as one Buffer of n bytes.
  concat(n) {
    const out = Buffer.allocUnsafe(n >>> 0);
    let at = 0;
    for (let i = this.head; i < this.items.length; i++) {
      const b = this.items[i];
      out.set(b, at);
      at += b.length;
    }
    return out;
  }

  // Takes n bytes (or characters, when the chunks are strings) off the front.
  consume(n, hasStrings) {
    const first = this.items[this.head];
    if (n < first.length) {
      this.items[this.head] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return this.shift();
    return hasStrings ? this.takeString(n) : this.takeBuffer(n);
  }

  takeString(n) {
    let ret = '';
    while (n > 0 && this.length > 0) {
      const s = this.first();
      if (n >= s.length) {
        ret += s;
        n -= s.length;
        this.shift();
      } else {
        ret += s.slice(0, n);
        this.items[this.head] = s.slice(n);
        n = 0;
      }
    }
    return ret;
  }

  takeBuffer(n) {
    const out = Buffer.allocUnsafe(n);
    let at = 0;
    while (at < n && this.length > 0) {
      const b = this.first();
      const want = n - at;
      if (want >= b.length) {
        out.set(b, at);
        at += b.length;
        this.shift();
      } else {
        out.set(new Uint8Array(b.buffer, b.byteOffset, want), at);
        this.items[this.head] = b.slice(want);
        at = n;
      }
    }
    return out;
  }

  *[Symbol.iterator]() {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}

module.exports = BufferList;
