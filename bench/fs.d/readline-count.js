// Counts the lines of FILE with readline over fs.createReadStream and
// `for await`. Usage: readline-count.js FILE
// The digest is the line count and the total length of the lines (in UTF-16
// code units, as line.length gives it), which also shows that both runtimes
// split and decoded the lines alike (the file holds multi-byte UTF-8
// characters, some of them across chunk boundaries).
'use strict';
const fs = require('fs');
const readline = require('readline');

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: readline-count.js FILE');

async function main() {
  const start = performance.now();
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let lines = 0;
  let units = 0;
  for await (const line of rl) {
    lines++;
    units += line.length;
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({
    workload: 'readline-count',
    ms,
    digest: `${lines}:${units}`,
    detail: `readline over fs.createReadStream, ${lines} lines`,
  }));
}

main().catch((err) => {
  process.exitCode = 1;
  console.error(err);
});
