// node:timers — the timer functions, also installed as globals.
'use strict';

const loop = require('internal/event_loop');

// util.promisify(setTimeout) and friends give the timers/promises forms.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
for (const name of ['setTimeout', 'setImmediate']) {
  Object.defineProperty(loop[name], kCustomPromisify, {
    configurable: true,
    enumerable: false,
    get() {
      return require('timers/promises')[name];
    },
  });
}

module.exports = {
  setTimeout: loop.setTimeout,
  clearTimeout: loop.clearTimeout,
  setInterval: loop.setInterval,
  clearInterval: loop.clearInterval,
  setImmediate: loop.setImmediate,
  clearImmediate: loop.clearImmediate,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  get() {
    return require('timers/promises');
  },
});
