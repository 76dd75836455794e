// readline over any Readable: chunk boundaries inside lines and inside
// \r\n, multi-byte characters split across chunks, close, pause/resume
// events, and write() feeding lines by hand.
const { Readable, PassThrough } = require('stream');
const readline = require('readline');
const euro = Buffer.from('€');
const chunks = [
  Buffer.from('alpha\r'), Buffer.from('\nbe'), Buffer.from('ta\n'),
  Buffer.concat([Buffer.from('price '), euro.subarray(0, 1)]), euro.subarray(1),
  Buffer.from('5\n\ngamma'),
];
const rl = readline.createInterface({ input: Readable.from(chunks), crlfDelay: Infinity });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log(JSON.stringify(lines));
  const input = new PassThrough();
  const rl2 = readline.createInterface({ input });
  rl2.on('pause', () => console.log('pause event'));
  rl2.on('resume', () => console.log('resume event'));
  rl2.on('line', (l) => console.log('rl2 line', JSON.stringify(l)));
  rl2.on('close', () => console.log('rl2 closed; line after close is not emitted'));
  rl2.write('typed by hand\n');
  input.write('from the stream\npartial');
  setImmediate(() => {
    rl2.pause();
    rl2.resume();
    rl2.close();
    input.write(' never seen\n');
    console.log('closed', rl2.closed);
  });
});
