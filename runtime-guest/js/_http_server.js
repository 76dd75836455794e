// node:_http_server (Node's public id for Server and ServerResponse).
'use strict';

const { STATUS_CODES } = require('internal/http/common');
const { Server, ServerResponse, connectionListener } = require('internal/http/server');

module.exports = { STATUS_CODES, Server, ServerResponse, _connectionListener: connectionListener };
