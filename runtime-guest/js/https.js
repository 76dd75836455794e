// node:https: the client is http's ClientRequest over a socket that hands
// each request to the host through wasi:http (internal/https/bridge.js);
// the host connects, applies the network policy and does TLS, trusting the
// webpki roots plus the host's NODE_EXTRA_CA_CERTS. Options that would need
// TLS in the guest (own CA, client certificates, skipping verification, ...)
// throw a clear error instead of being ignored. There is no HTTPS server.
'use strict';

const { codes } = require('internal/errors');
const { Agent: HttpAgent } = require('internal/http/agent');
const { ClientRequest } = require('internal/http/client');

// Options of tls.connect that change how TLS is done: the host does TLS
// with its own fixed settings, so none of them can be honoured.
const kTlsOptions = [
  'ca', 'cert', 'key', 'pfx', 'passphrase', 'ciphers', 'clientCertEngine', 'crl',
  'dhparam', 'ecdhCurve', 'honorCipherOrder', 'minVersion', 'maxVersion',
  'privateKeyEngine', 'privateKeyIdentifier', 'secureOptions', 'secureProtocol',
  'sessionIdContext', 'sigalgs', 'session', 'ALPNProtocols', 'secureContext',
  'checkServerIdentity', 'pskCallback', 'enableTrace',
];
// Connection options the host decides for itself.
const kSocketOptions = ['lookup', 'localAddress', 'localPort'];

// What tells apart connections an agent may share, after http's
// host:port:localAddress (the TLS settings in Node).
const kNameFields = [
  'ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder',
  'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs',
  'privateKeyIdentifier', 'privateKeyEngine',
];

function refuseOption(name) {
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(
    `the https option '${name}' (TLS and connections are done by the host; ` +
    'trust a CA through the NODE_EXTRA_CA_CERTS environment variable of sandnode)');
}

// Throws for the first option that needs TLS (or a socket) in the guest.
// `urlHost`: the host of the URL the options go with.
function checkOptions(options, urlHost) {
  if (options === null || typeof options !== 'object') return;
  for (const name of kTlsOptions) {
    if (options[name] !== undefined && options[name] !== null) throw refuseOption(name);
  }
  for (const name of kSocketOptions) {
    if (options[name] !== undefined && options[name] !== null) throw refuseOption(name);
  }
  if (options.rejectUnauthorized === false) throw refuseOption('rejectUnauthorized: false');
  const { servername } = options;
  if (servername !== undefined && servername !== null && servername !== '') {
    // The host verifies the name it connects to; naming that one is fine.
    const host = options.hostname ?? options.host ?? urlHost;
    if (servername !== host) throw refuseOption('servername');
  }
}

function urlHostOf(input) {
  try {
    return (input instanceof URL ? input : new URL(input)).hostname;
  } catch {
    return undefined; // ClientRequest reports the bad URL
  }
}

class Agent extends HttpAgent {
  constructor(options) {
    checkOptions(options);
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
    // Sessions are the host's (it resumes none); kept for code that looks.
    this._sessionCache = { map: {}, list: [] };
  }

  getName(options = {}) {
    let name = super.getName(options);
    for (const field of kNameFields) {
      let value = options[field];
      // Naming the host it connects to is the default, not a difference.
      if (field === 'servername' && value === options.host) value = '';
      const shown = field === 'rejectUnauthorized' ? value !== undefined : Boolean(value);
      name += `:${shown ? value : ''}`;
    }
    return name;
  }

  createConnection(options, callback) {
    let socket;
    try {
      checkOptions(options);
      const { HttpsBridge } = require('internal/https/bridge');
      socket = new HttpsBridge(options);
    } catch (err) {
      if (typeof callback === 'function') {
        callback(err);
        return undefined;
      }
      throw err;
    }
    if (typeof callback === 'function') callback(null, socket);
    return socket;
  }
}

class Server {
  constructor() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('https.Server (TLS servers)');
  }
}

let globalAgent = null;

function getGlobalAgent() {
  globalAgent ??= new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
  return globalAgent;
}

function request(...args) {
  let options;
  if (typeof args[0] === 'string' || args[0] instanceof URL) {
    if (args[1] === null || typeof args[1] !== 'object') args.splice(1, 0, {});
    else args[1] = { ...args[1] };
    options = args[1];
    checkOptions(options, urlHostOf(args[0]));
  } else {
    args[0] = { ...args[0] };
    options = args[0];
    checkOptions(options);
  }
  options._defaultAgent = module.exports.globalAgent;
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  Server,
  createServer() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('https.createServer (TLS servers)');
  },
  request,
  get,
};

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get: getGlobalAgent,
  set(value) { globalAgent = value; },
});
