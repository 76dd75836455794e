// highWaterMark: the option's validation and the process-wide defaults.
'use strict';

const { codes } = require('internal/errors');
const { validateInteger } = require('internal/streams/validate');

// Node 22 buffers 64 KiB (or 16 objects) before asking for backpressure.
let defaultHighWaterMarkBytes = 64 * 1024;
let defaultHighWaterMarkObjectMode = 16;

function highWaterMarkFrom(options, isDuplex, duplexKey) {
  if (options.highWaterMark != null) return options.highWaterMark;
  return isDuplex ? options[duplexKey] : null;
}

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultHighWaterMarkObjectMode = value;
  else defaultHighWaterMarkBytes = value;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
    throw new codes.ERR_INVALID_ARG_VALUE(name, hwm);
  }
  return Math.floor(hwm);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
