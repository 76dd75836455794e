// node:dns/promises: the promise forms of node:dns.
'use strict';

const api = require('internal/dns/api');

const defaultResolver = new api.PromiseResolver();

module.exports = {
  lookup: api.lookupPromise,
  lookupService(address, port) {
    return new Promise(() => api.lookupService(address, port));
  },
  Resolver: api.PromiseResolver,
  getDefaultResultOrder: api.getDefaultResultOrder,
  setDefaultResultOrder: api.setDefaultResultOrder,
  setServers(servers) {
    return defaultResolver.setServers(servers);
  },
  ...api.errorCodes,
  ...api.bindAll(defaultResolver, api.kResolverMethods),
};
