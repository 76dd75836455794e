// node:dns over the host's name lookup (internal/dns/api explains what is
// and is not served).
'use strict';

const api = require('internal/dns/api');

const defaultResolver = new api.Resolver();

function setServers(servers) {
  return defaultResolver.setServers(servers);
}

module.exports = {
  lookup: api.lookup,
  lookupService: api.lookupService,
  Resolver: api.Resolver,
  getDefaultResultOrder: api.getDefaultResultOrder,
  setDefaultResultOrder: api.setDefaultResultOrder,
  setServers,
  // Node's own values for the getaddrinfo hint flags (accepted, and
  // ignored: the host's lookup takes no hints).
  ADDRCONFIG: 32,
  ALL: 16,
  V4MAPPED: 8,
  ...api.errorCodes,
  ...api.bindAll(defaultResolver, api.kResolverMethods),
};

let promises;
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('dns/promises');
    return promises;
  },
});
