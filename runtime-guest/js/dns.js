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
  // getaddrinfo hint flags (Linux values).
  ADDRCONFIG: 1024,
  ALL: 256,
  V4MAPPED: 2048,
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
