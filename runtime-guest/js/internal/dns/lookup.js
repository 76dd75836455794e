// Name lookup through wasi:sockets/ip-name-lookup: the host's resolver
// (getaddrinfo-like, so /etc/hosts and `localhost` work). The lookup runs on
// the host while the loop goes on; its pollable is watched like a socket's.
'use strict';

const { codes } = require('internal/errors');
const loop = require('internal/event_loop');
const { isIP } = require('internal/net/ip');
const { lookupError } = require('internal/net/errors');

let defaultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultOrder = order;
}

function validateOneOf(value, name, allowed) {
  if (!allowed.includes(value)) {
    const shown = allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${shown}`);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// Calls back (err, [address strings]) with every address the host found,
// in its order. Unlike Node's getaddrinfo this cannot be cancelled, but its
// callback is dropped by `cancel()`.
function resolveAll(hostname, callback) {
  let id;
  try {
    id = binding.dnsLookupStart(hostname);
  } catch (err) {
    loop.queueCompletion(() => callback(err));
    return { cancel() {} };
  }
  let done = false;
  const check = () => {
    let result;
    try {
      result = binding.dnsLookupResult(id);
    } catch (err) {
      done = true;
      loop.unwatch(id);
      callback(err);
      return;
    }
    if (result === undefined) return;
    done = true;
    loop.unwatch(id);
    callback(null, result);
  };
  loop.watch(id, check, true);
  return {
    cancel() {
      if (done) return;
      done = true;
      loop.unwatch(id);
      binding.dnsLookupClose(id);
    },
  };
}

function familyOf(address) {
  return address.includes(':') ? 6 : 4;
}

// Node's option checks for dns.lookup: returns { family, all, order }.
function lookupOptions(options) {
  let family = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    family = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', ['integer', 'Object'], options);
    }
    if (options.hints != null && typeof options.hints !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.hints', 'number', options.hints);
    }
    if (options.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateOneOf(options.family, 'options.family', [0, 4, 6]);
        family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', ['verbatim', 'ipv4first', 'ipv6first']);
      order = options.order;
    }
  }
  return { family, all, order };
}

function orderAddresses(list, family, order) {
  let out = list.map((address) => ({ address, family: familyOf(address) }));
  if (family !== 0) out = out.filter((a) => a.family === family);
  if (order === 'ipv4first') out.sort((a, b) => a.family - b.family);
  else if (order === 'ipv6first') out.sort((a, b) => b.family - a.family);
  return out;
}

// The core of dns.lookup once arguments are checked. Calls back
// (err, [{ address, family }]) with at least one address.
function lookupAll(hostname, { family, order }, callback) {
  const literal = isIP(hostname);
  if (literal !== 0) {
    // As Node: an address is its own answer, whatever family was asked for.
    loop.queueCompletion(() => callback(null, [{ address: hostname, family: literal }]));
    return { cancel() {} };
  }
  return resolveAll(hostname, (err, list) => {
    if (err) return callback(lookupError(err, 'getaddrinfo', hostname));
    const found = orderAddresses(list, family, order);
    if (found.length === 0) return callback(lookupError(undefined, 'getaddrinfo', hostname));
    callback(null, found);
  });
}

module.exports = {
  lookupAll,
  lookupOptions,
  resolveAll,
  validateOneOf,
  validateBoolean,
  getDefaultResultOrder,
  setDefaultResultOrder,
};
