// node:http: HTTP/1.1 server and client over node:net. The pieces live in
// internal/http/ (parser over the httparse natives, messages, server,
// client, agent); this file assembles Node's public surface.
'use strict';

const { codes } = require('internal/errors');
const common = require('internal/http/common');
const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage } = require('internal/http/outgoing');
const { Server, ServerResponse, createServer, connectionListener } = require('internal/http/server');
const { ClientRequest, request, get, Agent, globalAgent } = require('internal/http/client');

let maxHeaderSize = 16384;
let currentGlobalAgent = globalAgent;

function notSupported(what) {
  return () => {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(what);
  };
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS: common.METHODS.slice(),
  STATUS_CODES: common.STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    if (typeof max !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('max', 'number', max);
    if (!Number.isInteger(max) || max < 1) throw new codes.ERR_OUT_OF_RANGE('max', '>= 1', max);
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true,
  enumerable: true,
  get() { return maxHeaderSize; },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return currentGlobalAgent; },
  set(value) { currentGlobalAgent = value; },
});

// WebSocket and its events are web globals in Node 22; sandnode has no
// WebSocket client yet.
for (const name of ['WebSocket', 'CloseEvent', 'MessageEvent']) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get: notSupported(`http.${name}`),
  });
}
