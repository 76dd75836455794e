// Shared by the bench/core workloads: a deterministic byte generator, a
// digest of results (so both runtimes can be shown to do the same work),
// and the one JSON line each workload prints.
'use strict';

// xorshift32: the same bytes in every runtime, no Math.random. Four bytes
// per step: this runs untimed, but slowly in an interpreter.
function pseudoRandomBytes(length, seed = 0x9e3779b9) {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed >>> 0;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x;
  }
  return Buffer.from(words.buffer, 0, length);
}

// CRC-32 of a string or bytes. zlib.crc32 where the runtime has it (node
// >= 20.15, sandnode); otherwise a table-driven version in JS.
let crcTable;
function crc32(data, value = 0) {
  const zlib = require('zlib');
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data, value);
  if (typeof data === 'string') data = Buffer.from(data);
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = ~value;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

// Times `work` (which returns what the digest is computed from) and prints
// {"ms", "digest", "detail"} as one JSON line.
function run(name, work, digestOf, detail) {
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  console.log(JSON.stringify({ workload: name, ms, digest: String(digestOf(result)), detail }));
}

function unsupported(name, reason) {
  console.log(JSON.stringify({ workload: name, unsupported: reason }));
}

module.exports = { pseudoRandomBytes, crc32, run, unsupported };
