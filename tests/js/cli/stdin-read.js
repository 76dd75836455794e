// Reading standard input (fed from stdin-read.stdin) to the end.
let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { data += chunk; });
process.stdin.on('end', () => {
  const lines = data.split('\n');
  console.log('chars', data.length);
  console.log('lines', lines.length);
  console.log(JSON.stringify(lines));
  console.log('sum', lines.filter(Boolean).map(Number).filter(Number.isFinite).reduce((a, b) => a + b, 0));
});
