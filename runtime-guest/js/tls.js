// node:tls: the guest has no TLS stack (TLS is the host's job, reached
// through fetch and wasi:http), so every entry point that would open or
// serve an encrypted connection throws a clear not-supported error. The
// module itself loads, because many clients (ws, pg, database drivers)
// require it up front and only use it when asked for a secure connection.
'use strict';

const net = require('net');
const { codes } = require('internal/errors');

function refuse(what) {
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`${what} (TLS)`);
}

function unsupported(what) {
  return function () {
    throw refuse(what);
  };
}

class TLSSocket extends net.Socket {
  constructor() {
    throw refuse('tls.TLSSocket');
  }
}

class Server extends net.Server {
  constructor() {
    throw refuse('tls.Server');
  }
}

class SecureContext {
  constructor() {
    throw refuse('tls.SecureContext');
  }
}

module.exports = {
  // Plain values that code reads for defaults or feature checks.
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  TLSSocket,
  Server,
  SecureContext,
  connect: unsupported('tls.connect'),
  createServer: unsupported('tls.createServer'),
  createSecureContext: unsupported('tls.createSecureContext'),
  createSecurePair: unsupported('tls.createSecurePair'),
  getCiphers: unsupported('tls.getCiphers'),
  checkServerIdentity: unsupported('tls.checkServerIdentity'),
};

// Values that only a real TLS stack can give: reading them throws rather
// than returning an empty list that would look like a working setup.
for (const name of ['DEFAULT_CIPHERS', 'rootCertificates']) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      throw refuse(`tls.${name}`);
    },
  });
}
