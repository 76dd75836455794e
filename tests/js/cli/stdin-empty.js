// With no .stdin file, standard input is empty (/dev/null): 'end' fires
// without data.
let chunks = 0;
process.stdin.on('data', () => { chunks++; });
process.stdin.on('end', () => console.log('end, chunks:', chunks));
