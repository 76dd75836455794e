// node:http2 is not implemented: loading it works (frameworks require it
// next to http and only use it when asked to), every entry point throws
// ERR_NOT_SUPPORTED_IN_SANDNODE.
'use strict';

const { codes } = require('internal/errors');

function unsupported(name) {
  const fn = function () {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`http2.${name}`);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

module.exports = {};
for (const name of [
  'connect', 'createServer', 'createSecureServer', 'getDefaultSettings', 'getPackedSettings',
  'getUnpackedSettings', 'performServerHandshake', 'Http2ServerRequest', 'Http2ServerResponse',
]) {
  module.exports[name] = unsupported(name);
}
