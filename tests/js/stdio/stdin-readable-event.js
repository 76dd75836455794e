// Paused-mode reading: 'readable' events and read(n).
process.stdin.setEncoding('utf8');
let got = '';
let reads = 0;
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read(5)) !== null) {
    reads++;
    got += chunk;
  }
});
process.stdin.on('end', () => {
  console.log('read', got.length, 'chars in', reads > 1 ? 'several' : 'one', 'reads');
  console.log(JSON.stringify(got));
});
