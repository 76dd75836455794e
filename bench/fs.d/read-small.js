// fs.readFileSync of COUNT small files DIR/00000.bin, DIR/00001.bin, ...
// Usage: read-small.js DIR COUNT
// The digest is the number of bytes read plus a checksum of each file's first
// and last byte (cheap, so it does not dilute the time of the reads).
'use strict';
const fs = require('fs');
const path = require('path');

const [dir, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!dir || !Number.isInteger(count) || count < 1) {
  throw new Error('usage: read-small.js DIR COUNT');
}
// The paths are built before the clock starts: only the reads are timed.
const paths = [];
for (let i = 0; i < count; i++) paths.push(path.join(dir, `${String(i).padStart(5, '0')}.bin`));

const start = performance.now();
let bytes = 0;
let check = 0;
for (const p of paths) {
  const data = fs.readFileSync(p);
  bytes += data.length;
  check += data[0] * 31 + data[data.length - 1];
}
const ms = performance.now() - start;
console.log(JSON.stringify({
  workload: 'read-small',
  ms,
  digest: `${bytes}:${check}`,
  detail: `fs.readFileSync of ${count} files, ${bytes} bytes in all`,
}));
