// node:_http_common: the shared constants and token checks.
'use strict';

const common = require('internal/http/common');

module.exports = {
  methods: common.METHODS,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  _checkIsHttpToken: common.checkIsHttpToken,
  _checkInvalidHeaderChar: common.checkInvalidHeaderChar,
};
