// node:module — the CommonJS Module class and the helpers Node hangs on it.
'use strict';

const { Module } = require('internal/modules/cjs/loader');
const { codes } = require('internal/errors');

function notSupported(name) {
  return function () {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`module.${name}()`);
  };
}

// Loader customisation hooks and source maps are not available.
Module.register = notSupported('register');
Module.findSourceMap = () => undefined;
Module.SourceMap = class SourceMap {
  constructor() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('module.SourceMap');
  }
};
// Node 22.8+: compile caches are an optimisation; sandnode has none to enable.
Module.enableCompileCache = () => ({ status: 3, message: 'Disabled by sandnode' });
Module.getCompileCacheDir = () => undefined;
Module.constants = Object.freeze({
  compileCacheStatus: Object.freeze({ FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
});

module.exports = Module;
