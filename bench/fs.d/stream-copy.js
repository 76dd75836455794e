// stream.pipeline(fs.createReadStream(src), fs.createWriteStream(dst)):
// copies SRC to DST with the default chunk sizes. Usage: stream-copy.js SRC DST
// The digest is the writer's bytesWritten; bench/fs also checks that DST is
// byte-identical to SRC.
'use strict';
const fs = require('fs');
const { pipeline } = require('stream');

const [src, dst] = process.argv.slice(2);
if (!src || !dst) throw new Error('usage: stream-copy.js SRC DST');

const start = performance.now();
const writer = fs.createWriteStream(dst);
pipeline(fs.createReadStream(src), writer, (err) => {
  const ms = performance.now() - start;
  if (err) throw err; // an uncaught error: non-zero exit, the stack on stderr
  console.log(JSON.stringify({
    workload: 'stream-copy',
    ms,
    digest: String(writer.bytesWritten),
    detail: 'stream.pipeline(fs.createReadStream(src), fs.createWriteStream(dst))',
  }));
});
