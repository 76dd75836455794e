// node:_http_client (Node's public id for the ClientRequest module).
'use strict';

const { ClientRequest } = require('internal/http/client');

module.exports = { ClientRequest };
