// node:tty — whether a descriptor is a terminal. The sandbox's stdio are
// wasi:cli streams, which say whether they are terminals; no other
// descriptor is. The stream classes come with the streams issue.
'use strict';

const { codes } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2 && binding.isatty(fd);
}

class ReadStream {
  constructor() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('tty.ReadStream');
  }
}

class WriteStream {
  constructor() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('tty.WriteStream');
  }
}

module.exports = { isatty, ReadStream, WriteStream };
