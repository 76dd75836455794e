// node:_http_outgoing (Node's public id for OutgoingMessage).
'use strict';

const { OutgoingMessage } = require('internal/http/outgoing');
const { validateHeaderName, validateHeaderValue } = require('internal/http/common');

module.exports = { OutgoingMessage, validateHeaderName, validateHeaderValue };
