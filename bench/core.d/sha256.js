// crypto.createHash('sha256') over 64 MiB, fed in 1 MiB updates.
'use strict';
const { pseudoRandomBytes, run, unsupported } = require('./lib.js');

const TOTAL = 64 * 1024 * 1024;
const CHUNK = 1024 * 1024;

let crypto;
try {
  crypto = require('crypto');
  crypto.createHash('sha256').update('probe').digest('hex');
} catch (err) {
  unsupported('sha256', `crypto.createHash('sha256'): ${err.code || err.message}`);
  process.exit(0);
}

const chunk = pseudoRandomBytes(CHUNK);
run('sha256', () => {
  const hash = crypto.createHash('sha256');
  for (let done = 0; done < TOTAL; done += CHUNK) {
    chunk[0] = done / CHUNK; // each chunk differs
    hash.update(chunk);
  }
  return hash.digest('hex');
}, (hex) => hex, `sha256 of ${TOTAL} bytes in ${CHUNK}-byte updates`);
