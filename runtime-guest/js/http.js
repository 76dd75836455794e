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

// Node 22 re-exports the WebSocket client and its events here. sandnode
// has no WebSocket client yet: the class exists (so listing or inspecting
// the module works) and constructing it says what is missing.
class WebSocket {
  constructor() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('WebSocket');
  }
}

class CloseEvent extends Event {
  constructor(type, init = undefined) {
    super(type, init);
    this.wasClean = Boolean(init?.wasClean);
    this.code = init?.code ?? 0;
    this.reason = init?.reason ?? '';
  }
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

module.exports.WebSocket = WebSocket;
module.exports.CloseEvent = CloseEvent;
module.exports.MessageEvent = globalThis.MessageEvent;
