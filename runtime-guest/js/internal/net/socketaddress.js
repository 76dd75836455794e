// net.SocketAddress and net.BlockList: plain data, no host involved.
// Addresses are compared as BigInts in the IPv6 space (internal/net/ip), so
// an IPv4 rule also covers the IPv4-mapped IPv6 form of its addresses.
'use strict';

const { codes } = require('internal/errors');
const { isIPv4, isIPv6, toBigInt } = require('internal/net/ip');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kFamilies = ['ipv4', 'ipv6'];

function invalidAddress() {
  return new codes.ERR_INVALID_ADDRESS();
}

function validateFamily(family, name) {
  if (typeof family !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', family);
  const lower = family.toLowerCase();
  if (!kFamilies.includes(lower)) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, family);
  }
  return lower;
}

function validatePort(port, name) {
  const n = typeof port === 'string' && port.trim() !== '' ? Number(port) : port;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffff) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, true);
  }
  return n;
}

class SocketAddress {
  #address;
  #port;
  #family;
  #flowlabel;

  static isSocketAddress(value) {
    return value != null && typeof value === 'object' && #address in value;
  }

  // "1.2.3.4:80", "[::1]:80" or a bare address; undefined when invalid.
  static parse(input) {
    if (typeof input !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('input', 'string', input);
    let address = input;
    let port = 0;
    const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(input);
    if (bracket !== null) {
      address = bracket[1];
      if (bracket[2] !== undefined) port = Number(bracket[2]);
    } else {
      const colon = input.lastIndexOf(':');
      if (colon !== -1 && input.indexOf(':') === colon) {
        address = input.slice(0, colon);
        port = Number(input.slice(colon + 1));
      }
    }
    try {
      return new SocketAddress({ address, port, family: isIPv6(address) ? 'ipv6' : 'ipv4' });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    if (options === null || typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const family = validateFamily(options.family ?? 'ipv4', 'options.family');
    const address = options.address ?? (family === 'ipv4' ? '127.0.0.1' : '::');
    if (typeof address !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.address', 'string', address);
    const port = validatePort(options.port ?? 0, 'options.port');
    const flowlabel = options.flowlabel ?? 0;
    if (typeof flowlabel !== 'number' || !Number.isInteger(flowlabel) || flowlabel < 0 || flowlabel > 0xffffffff) {
      if (typeof flowlabel !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('options.flowlabel', 'number', flowlabel);
      throw new codes.ERR_OUT_OF_RANGE('options.flowlabel', '>= 0 && <= 4294967295', flowlabel);
    }
    if (!(family === 'ipv4' ? isIPv4(address) : isIPv6(address))) throw invalidAddress();
    this.#address = address;
    this.#port = port;
    this.#family = family;
    this.#flowlabel = flowlabel;
  }

  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }

  toJSON() {
    return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// (address | SocketAddress, family) → { text, family, value } or a throw.
function toRuleAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) {
    return { text: address.address, family: address.family, value: toBigInt(address.address, address.family) };
  }
  if (typeof address !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', address);
  }
  family = validateFamily(family, 'options.family');
  const value = toBigInt(address, family);
  if (value === null) throw invalidAddress();
  return { text: address, family, value };
}

const kLabel = { ipv4: 'IPv4', ipv6: 'IPv6' };

class BlockList {
  #rules = [];

  static isBlockList(value) {
    return value != null && typeof value === 'object' && #rules in value;
  }

  addAddress(address, family = 'ipv4') {
    const a = toRuleAddress(address, family, 'address');
    this.#rules.unshift({ low: a.value, high: a.value, text: `Address: ${kLabel[a.family]} ${a.text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const s = toRuleAddress(start, family, 'start');
    const e = toRuleAddress(end, family, 'end');
    if (s.value > e.value) {
      throw new codes.ERR_INVALID_ARG_VALUE('start', new SocketAddress({ address: s.text, family: s.family }),
        'must come before end');
    }
    this.#rules.unshift({ low: s.value, high: e.value, text: `Range: ${kLabel[s.family]} ${s.text}-${e.text}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = toRuleAddress(network, family, 'network');
    const max = n.family === 'ipv4' ? 32 : 128;
    if (typeof prefix !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('prefix', 'number', prefix);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) {
      throw new codes.ERR_OUT_OF_RANGE('prefix', `>= 0 && <= ${max}`, prefix);
    }
    // In the IPv6 space an IPv4 prefix sits below the 96-bit ::ffff: part.
    const bits = BigInt(128 - (n.family === 'ipv4' ? 96 + prefix : prefix));
    const mask = (1n << bits) - 1n;
    const low = n.value & ~mask;
    this.#rules.unshift({ low, high: low | mask, text: `Subnet: ${kLabel[n.family]} ${n.text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let value;
    if (SocketAddress.isSocketAddress(address)) {
      value = toBigInt(address.address, address.family);
    } else {
      if (typeof address !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('address', 'string', address);
      }
      if (typeof family !== 'string' || !kFamilies.includes(family.toLowerCase())) return false;
      value = toBigInt(address, family.toLowerCase());
    }
    if (value === null) return false;
    return this.#rules.some((r) => value >= r.low && value <= r.high);
  }

  get rules() {
    return this.#rules.map((r) => r.text);
  }

  toJSON() {
    return this.rules;
  }

  fromJSON(data) {
    const list = typeof data === 'string' ? JSON.parse(data) : data;
    if (!Array.isArray(list)) throw new codes.ERR_INVALID_ARG_TYPE('data', 'Array', list);
    // Added in the list's order, so (as in Node) the order comes out reversed.
    for (const rule of list) this.#addRuleText(rule);
  }

  #addRuleText(rule) {
    const m = /^(Address|Range|Subnet): (IPv4|IPv6) (.+)$/.exec(`${rule}`);
    if (m === null) throw new codes.ERR_INVALID_ARG_VALUE('data', rule);
    const family = m[2].toLowerCase();
    if (m[1] === 'Address') this.addAddress(m[3], family);
    else if (m[1] === 'Subnet') {
      const slash = m[3].lastIndexOf('/');
      this.addSubnet(m[3].slice(0, slash), Number(m[3].slice(slash + 1)), family);
    } else {
      const dash = m[3].indexOf('-');
      this.addRange(m[3].slice(0, dash), m[3].slice(dash + 1), family);
    }
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { SocketAddress, BlockList, validatePort };
