// Buffer base64 and hex round trips: encode 2 MiB of bytes to base64 and
// hex and decode them back, 3 times.
'use strict';
const { pseudoRandomBytes, crc32, run } = require('./lib.js');

const SIZE = 2 * 1024 * 1024;
const ROUNDS = 3;
const data = pseudoRandomBytes(SIZE);

run('buffer-codec', () => {
  let crc = 0;
  let b64;
  let hex;
  for (let i = 0; i < ROUNDS; i++) {
    b64 = data.toString('base64');
    const back64 = Buffer.from(b64, 'base64');
    hex = back64.toString('hex');
    const backHex = Buffer.from(hex, 'hex');
    // One byte per round keeps the decoded buffers live and checked.
    crc = crc32(backHex.subarray(i * 1000, i * 1000 + 64), crc);
  }
  return { crc, b64, hex };
}, ({ crc, b64, hex }) => `${crc}:${crc32(b64)}:${crc32(hex)}`,
`${ROUNDS} x (base64 + hex) round trip of ${SIZE} bytes`);
