// node:_http_incoming (Node's public id for IncomingMessage).
'use strict';

const { IncomingMessage } = require('internal/http/incoming');

module.exports = { IncomingMessage };
