// IP address text: validation (net.isIP and friends) and conversion to
// numbers for BlockList. Written as small parsers rather than one regular
// expression so that the IPv6 rules (one "::", an IPv4 tail, a zone) read
// plainly.
'use strict';

// A dotted quad with decimal parts 0-255 and no leading zeros ("01" is not
// an address to Node either). Returns the 32-bit value or -1.
function parseIPv4(text) {
  if (typeof text !== 'string') return -1;
  const parts = text.split('.');
  if (parts.length !== 4) return -1;
  let value = 0;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return -1;
    if (part.length > 1 && part[0] === '0') return -1;
    let n = 0;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c < 48 || c > 57) return -1;
      n = n * 10 + (c - 48);
    }
    if (n > 255) return -1;
    value = value * 256 + n;
  }
  return value;
}

function parseGroup(text) {
  if (text.length === 0 || text.length > 4) return -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = parseInt(text[i], 16);
    if (Number.isNaN(d)) return -1;
    n = n * 16 + d;
  }
  return n;
}

// Eight 16-bit groups, or null. A zone ("%eth0") is accepted and dropped.
function parseIPv6(text) {
  if (typeof text !== 'string') return null;
  const zone = text.indexOf('%');
  if (zone !== -1) {
    if (zone === text.length - 1 || !/^[0-9a-zA-Z\-.:]+$/.test(text.slice(zone + 1))) return null;
    text = text.slice(0, zone);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  // An IPv4 tail ends the address: never before a "::".
  const head = splitGroups(halves[0], halves.length === 1);
  const tail = halves.length === 2 ? splitGroups(halves[1], true) : [];
  if (head === null || tail === null) return null;
  const total = head.length + tail.length;
  if (halves.length === 2 ? total > 7 : total !== 8) return null;
  const groups = head.concat(new Array(8 - total).fill(0), tail);
  return groups;
}

// "a:b:1.2.3.4" → [a, b, 0x0102, 0x0304]; an IPv4 part only at the end.
function splitGroups(text, mayEndInIPv4) {
  if (text === '') return [];
  const parts = text.split(':');
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (mayEndInIPv4 && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIPv4(part);
      if (v4 < 0) return null;
      out.push(Math.floor(v4 / 65536), v4 % 65536);
      continue;
    }
    const n = parseGroup(part);
    if (n < 0) return null;
    out.push(n);
  }
  return out;
}

function isIPv4(input) {
  return parseIPv4(`${input}`) >= 0;
}

function isIPv6(input) {
  return parseIPv6(`${input}`) !== null;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

// An address as a BigInt in the IPv6 space (IPv4 as ::ffff:a.b.c.d, so
// that rules of either family match mapped addresses), or null.
function toBigInt(address, family) {
  if (family === 'ipv4') {
    const v4 = parseIPv4(address);
    return v4 < 0 ? null : 0xffff00000000n + BigInt(v4);
  }
  const groups = parseIPv6(address);
  if (groups === null) return null;
  let n = 0n;
  for (const g of groups) n = (n << 16n) + BigInt(g);
  return n;
}

module.exports = { isIP, isIPv4, isIPv6, parseIPv4, parseIPv6, toBigInt };
