// The Fetch standard's FormData: an ordered list of name/value entries,
// where a value is a string or a File.
'use strict';

const { Blob, File } = require('internal/blob');

const kEntries = Symbol('formDataEntries');

function toEntryValue(method, value, filename) {
  if (value instanceof Blob) {
    if (filename !== undefined) {
      return new File([value], String(filename), { type: value.type });
    }
    if (value instanceof File) return value;
    return new File([value], 'blob', { type: value.type });
  }
  if (filename !== undefined) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'.`);
  }
  return String(value);
}

function checkArgs(method, count, needed) {
  if (count < needed) {
    throw new TypeError(`FormData.${method}: ${needed} argument${needed > 1 ? 's' : ''} required, but only ${count} found.`);
  }
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkArgs('append', arguments.length, 2);
    this[kEntries].push([String(name), toEntryValue('append', value, filename)]);
  }

  set(name, value, filename = undefined) {
    checkArgs('set', arguments.length, 2);
    name = String(name);
    const entry = [name, toEntryValue('set', value, filename)];
    const list = this[kEntries];
    const first = list.findIndex(([n]) => n === name);
    if (first === -1) {
      list.push(entry);
      return;
    }
    this[kEntries] = list.filter(([n], i) => i < first || n !== name);
    this[kEntries].splice(first, 0, entry);
  }

  get(name) {
    checkArgs('get', arguments.length, 1);
    const found = this[kEntries].find(([n]) => n === String(name));
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    checkArgs('getAll', arguments.length, 1);
    return this[kEntries].filter(([n]) => n === String(name)).map(([, v]) => v);
  }

  has(name) {
    checkArgs('has', arguments.length, 1);
    return this[kEntries].some(([n]) => n === String(name));
  }

  delete(name) {
    checkArgs('delete', arguments.length, 1);
    this[kEntries] = this[kEntries].filter(([n]) => n !== String(name));
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("FormData.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  * entries() {
    for (const [name, value] of this[kEntries]) yield [name, value];
  }

  * keys() {
    for (const [name] of this[kEntries]) yield name;
  }

  * values() {
    for (const [, value] of this[kEntries]) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'FormData';
  }
}

function escapeName(s) {
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function normalizeLines(s) {
  return s.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');
}

// multipart/form-data encoding: returns { parts, boundary } where parts
// are strings and Blobs in order, ready to be turned into one Blob.
function encodeMultipart(form) {
  let boundary = '----formdata-sandnode-0';
  for (let i = 0; i < 11; i++) boundary += Math.floor(Math.random() * 10);
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(normalizeLines(name))}"`;
    if (typeof value === 'string') {
      parts.push(`${head}\r\n\r\n${normalizeLines(value)}\r\n`);
    } else {
      head += `; filename="${escapeName(value.name)}"\r\n`;
      head += `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      parts.push(head, value, '\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { parts, boundary };
}

function isFormData(value) {
  return value !== null && typeof value === 'object' && kEntries in value;
}

module.exports = { FormData, encodeMultipart, isFormData };
