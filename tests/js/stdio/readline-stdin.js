// readline over stdin: 'line' per line (\n, \r\n and \r all end one), the
// last line without a newline, then 'close'.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => {
  n++;
  if (n <= 5 || n % 100 === 0) console.log(n, JSON.stringify(line));
});
rl.on('close', () => console.log('closed after', n, 'lines'));
