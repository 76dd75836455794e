// node:timers — the timer functions, also installed as globals.
'use strict';

const loop = require('internal/event_loop');

module.exports = {
  setTimeout: loop.setTimeout,
  clearTimeout: loop.clearTimeout,
  setInterval: loop.setInterval,
  clearInterval: loop.clearInterval,
  setImmediate: loop.setImmediate,
  clearImmediate: loop.clearImmediate,
};
