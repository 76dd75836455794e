// process.stdin as a Readable: 'data' and 'end' events, setEncoding, and
// what the stream reports about itself.
const { Readable } = require('stream');
console.log('is Readable', process.stdin instanceof Readable);
console.log('fd', process.stdin.fd, 'readable', process.stdin.readable);
process.stdin.setEncoding('utf8');
let text = '';
let sawString = true;
process.stdin.on('data', (chunk) => {
  if (typeof chunk !== 'string') sawString = false;
  text += chunk;
});
process.stdin.on('end', () => {
  console.log('end; all chunks were strings:', sawString);
  console.log('bytes', Buffer.byteLength(text), 'lines', text.split('\n').length - 1);
  console.log(JSON.stringify(text.slice(0, 40)));
  console.log('readableEnded', process.stdin.readableEnded);
});
process.stdin.on('close', () => console.log('close'));
