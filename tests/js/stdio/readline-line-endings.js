// Line endings in every position: \r\n split across chunks, lone \r, \r\r\n,
// empty lines; and an async iterator with a 'line' listener beside it (both
// see every line).
const { Readable } = require('stream');
const readline = require('readline');
const chunks = ['a\r', '\nb\rc\r\r\nd\n\r', 'e\r\n', '\r', 'f', '\n\n', 'g\r'];
const rl = readline.createInterface({ input: Readable.from(chunks) });
const seen = [];
rl.on('line', (l) => seen.push(l));
(async () => {
  const got = [];
  for await (const line of rl) got.push(line);
  console.log('iterator', JSON.stringify(got));
  console.log('listener', JSON.stringify(seen));
  const many = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n');
  const rl2 = readline.createInterface({ input: Readable.from([many]) });
  let count = 0;
  let last;
  for await (const line of rl2) {
    count++;
    last = line;
    if (count === 3000) await new Promise((r) => setTimeout(r, 5));
  }
  console.log('counted', count, 'last', last);
})();
