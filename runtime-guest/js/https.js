// node:https: TLS is not available in the guest yet (the host will do it
// through wasi:http later), so servers and requests throw a clear error
// instead of pretending. The Agent class exists so that code which only
// subclasses or inspects it still loads.
'use strict';

const { codes } = require('internal/errors');
const { Agent: HttpAgent } = require('internal/http/agent');

function unsupported(what) {
  return function () {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`${what} (TLS)`);
  };
}

class Agent extends HttpAgent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }

  createConnection() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('https.Agent connections (TLS)');
  }
}

class Server {
  constructor() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('https.Server (TLS)');
  }
}

let globalAgent = null;

module.exports = {
  Agent,
  Server,
  createServer: unsupported('https.createServer'),
  request: unsupported('https.request'),
  get: unsupported('https.get'),
};

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() {
    globalAgent ??= new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
    return globalAgent;
  },
  set(value) { globalAgent = value; },
});
