// node:_http_agent (Node's public id for the Agent module).
'use strict';

const { Agent, globalAgent } = require('internal/http/agent');

module.exports = { Agent, globalAgent };
