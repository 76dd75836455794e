// readline/promises: question() returns a promise; for await over the lines.
const readline = require('readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  // The iterator is created first: lines that arrive before anyone listens
  // are emitted and gone, in Node as here.
  const lines = rl[Symbol.asyncIterator]();
  const a = await rl.question('first? ');
  console.log('got', JSON.stringify(a));
  const ac = new AbortController();
  const pending = rl.question('never answered? ', { signal: ac.signal });
  ac.abort();
  try {
    await pending;
  } catch (err) {
    console.log('aborted:', err.name, err.code);
  }
  let count = 0;
  for await (const line of lines) {
    count++;
    if (count <= 3) console.log('line', JSON.stringify(line));
  }
  console.log('lines after the questions', count);
  console.log('closed', rl.closed);
})();
