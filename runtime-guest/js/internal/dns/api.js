// The shared body of node:dns and node:dns/promises. Only what the host's
// name lookup can answer is served: lookup, and resolve4/resolve6 (A and
// AAAA answers come from the same lookup, so no TTLs and no DNS server of
// one's own). Other record types need a DNS client on a UDP socket, which
// sandnode does not have: they throw ERR_NOT_SUPPORTED_IN_SANDNODE.
'use strict';

const { codes } = require('internal/errors');
const { lookupAll, lookupOptions, resolveAll, validateOneOf, getDefaultResultOrder,
  setDefaultResultOrder } = require('internal/dns/lookup');
const { isIP } = require('internal/net/ip');
const { lookupError } = require('internal/net/errors');
const loop = require('internal/event_loop');

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const kRecordTypes = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TLSA', 'TXT'];
const kUnsupported = ['resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs',
  'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa', 'resolveTxt'];

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function notSupported(what) {
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(
    `${what} (sandnode has no DNS client, only the host's A/AAAA name lookup)`);
}

let warnedEmptyHostname = false;
function warnEmptyHostname(hostname) {
  if (warnedEmptyHostname) return;
  warnedEmptyHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// Starts a lookup; `done(err, list)` gets [{ address, family }]. Returns
// the canceller, or null when the hostname is empty (Node's legacy answer).
function startLookup(hostname, options, done) {
  if (hostname) validateString(hostname, 'hostname');
  const opts = lookupOptions(options);
  if (!hostname) {
    warnEmptyHostname(hostname);
    loop.queueCompletion(() => done(null, [], opts));
    return opts;
  }
  lookupAll(hostname, opts, (err, list) => done(err, list, opts));
  return opts;
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  startLookup(hostname, options, (err, list, opts) => {
    if (err) return callback(err);
    if (opts.all) return callback(null, list);
    if (list.length === 0) return callback(null, null, opts.family === 6 ? 6 : 4);
    callback(null, list[0].address, list[0].family);
  });
  return {};
}

function lookupPromise(hostname, options) {
  // Bad arguments throw at once, as Node's; the lookup itself settles later.
  if (hostname) validateString(hostname, 'hostname');
  lookupOptions(options);
  return new Promise((resolve, reject) => {
    startLookup(hostname, options, (err, list, opts) => {
      if (err) return reject(err);
      if (opts.all) return resolve(list);
      if (list.length === 0) return resolve({ address: null, family: opts.family === 6 ? 6 : 4 });
      resolve(list[0]);
    });
  });
}

// util.promisify(dns.lookup) resolves to { address, family }, as Node's.
Object.defineProperty(lookup, Symbol.for('sandnode.util.promisify.customArgs'), {
  value: ['address', 'family'],
});

function validateResolveOptions(options, what) {
  if (options != null && typeof options === 'object' && options.ttl) {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`${what} with { ttl: true } (the host's name lookup gives no TTLs)`);
  }
}

// A/AAAA answers: the host lookup's addresses of one family, as strings.
function resolveFamily(name, family, syscall, requests, callback) {
  if (isIP(name) !== 0) {
    // A query for an address literal finds no record of that name.
    loop.queueCompletion(() => callback(lookupError(undefined, syscall, name)));
    return;
  }
  const req = resolveAll(name, (err, list) => {
    requests.delete(req);
    if (err) return callback(lookupError(err, syscall, name));
    const found = list.filter((a) => (family === 6) === a.includes(':'));
    if (found.length === 0) return callback(lookupError(undefined, syscall, name));
    callback(null, found);
  });
  requests.add(req);
}

// Node's (name[, options], callback): with two arguments the second is the
// callback, whatever it is.
function resolveArgs(argc, name, options, callback, what) {
  validateString(name, 'name');
  if (argc <= 2) {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  validateResolveOptions(options, what);
  return callback;
}

class Resolver {
  #requests = new Set();

  // Options (timeout, tries, maxTimeout) tune a DNS client sandnode does
  // not have; they are accepted and have nothing to act on.
  constructor(options = undefined) {
    void options;
  }

  cancel() {
    for (const req of this.#requests) req.cancel();
    this.#requests.clear();
  }

  // sandnode asks no DNS server itself; the host's resolver does.
  getServers() {
    return [];
  }

  setServers(servers) {
    if (!Array.isArray(servers)) throw new codes.ERR_INVALID_ARG_TYPE('servers', 'Array', servers);
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('dns.setServers (the host\'s resolver is used)');
  }

  setLocalAddress() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('resolver.setLocalAddress');
  }

  resolve4(name, options, callback) {
    callback = resolveArgs(arguments.length, name, options, callback, 'dns.resolve4');
    resolveFamily(name, 4, 'queryA', this.#requests, callback);
    return {};
  }

  resolve6(name, options, callback) {
    callback = resolveArgs(arguments.length, name, options, callback, 'dns.resolve6');
    resolveFamily(name, 6, 'queryAaaa', this.#requests, callback);
    return {};
  }

  resolve(name, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (rrtype === undefined) {
      rrtype = 'A';
    }
    validateString(rrtype, 'rrtype');
    if (!kRecordTypes.includes(rrtype)) throw new codes.ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    if (rrtype === 'A') return this.resolve4(name, callback);
    if (rrtype === 'AAAA') return this.resolve6(name, callback);
    validateString(name, 'name');
    throw notSupported(`dns.resolve(name, '${rrtype}')`);
  }

  reverse(ip) {
    validateString(ip, 'ip');
    throw notSupported('dns.reverse');
  }
}

for (const method of kUnsupported) {
  Resolver.prototype[method] = function (name) {
    validateString(name, 'name');
    throw notSupported(`dns.${method}`);
  };
}

function lookupService(address, port) {
  validateString(address, 'address');
  if (isIP(address) === 0) throw new codes.ERR_INVALID_ARG_VALUE('address', address);
  void port;
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('dns.lookupService (WASI has no reverse lookup)');
}

// The promise forms of a Resolver's methods.
class PromiseResolver {
  #inner = new Resolver();

  constructor(options) {
    void options;
  }

  cancel() { this.#inner.cancel(); }
  getServers() { return this.#inner.getServers(); }
  setServers(servers) { return this.#inner.setServers(servers); }
  setLocalAddress() { return this.#inner.setLocalAddress(); }

  resolve4(name, options) {
    return this.#call('resolve4', name, options);
  }

  resolve6(name, options) {
    return this.#call('resolve6', name, options);
  }

  resolve(name, rrtype = 'A') {
    validateString(rrtype, 'rrtype');
    if (!kRecordTypes.includes(rrtype)) throw new codes.ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    if (rrtype === 'A') return this.resolve4(name);
    if (rrtype === 'AAAA') return this.resolve6(name);
    validateString(name, 'name');
    throw notSupported(`dnsPromises.resolve(name, '${rrtype}')`);
  }

  reverse(ip) {
    return this.#inner.reverse(ip);
  }

  #call(method, name, options) {
    validateString(name, 'name');
    validateResolveOptions(options, `dnsPromises.${method}`);
    return new Promise((resolve, reject) => {
      this.#inner[method](name, undefined, (err, result) => (err ? reject(err) : resolve(result)));
    });
  }
}

for (const method of kUnsupported) {
  PromiseResolver.prototype[method] = function (name) {
    validateString(name, 'name');
    throw notSupported(`dnsPromises.${method}`);
  };
}

function bindAll(resolver, names) {
  const out = {};
  for (const name of names) out[name] = resolver[name].bind(resolver);
  return out;
}

const kResolverMethods = ['getServers', 'resolve', 'resolve4', 'resolve6', ...kUnsupported, 'reverse'];

module.exports = {
  errorCodes,
  lookup,
  lookupPromise,
  lookupService,
  Resolver,
  PromiseResolver,
  bindAll,
  kResolverMethods,
  validateOneOf,
  getDefaultResultOrder,
  setDefaultResultOrder,
};
