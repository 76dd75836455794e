// readline over byte chunks (Buffers, as file and socket streams give):
// line endings split across chunks, UTF-8 characters split byte by byte,
// invalid UTF-8, text and bytes mixed, questions and close in mid-chunk,
// and batches larger than the iterator's high-water mark.
const { Readable } = require('stream');
const readline = require('readline');

const bytes = (s) => Buffer.from(s, 'utf8');
async function lines(chunks, opts = {}) {
  const rl = readline.createInterface({ input: Readable.from(chunks), crlfDelay: Infinity, ...opts });
  const got = [];
  for await (const line of rl) got.push(line);
  return got;
}
const show = (label, v) => console.log(label, JSON.stringify(v));

(async () => {
  const endings = ['a\r', '\nb\rc\r\r\nd\n\r', 'e\r\n', '\r', 'f', '\n\n', 'g\r'];
  show('endings', await lines(endings.map(bytes)));

  const text = 'héllo €uro 😀 end\r\nsecond 😀\rthird é\n\nlast 😀';
  const raw = bytes(text);
  const oneByOne = [];
  for (let i = 0; i < raw.length; i++) oneByOne.push(raw.subarray(i, i + 1));
  show('byte by byte', await lines(oneByOne));
  const threes = [];
  for (let i = 0; i < raw.length; i += 3) threes.push(raw.subarray(i, i + 3));
  show('three at a time', await lines(threes));

  show('invalid', await lines([Buffer.from([0x61, 0xff, 0x62, 0x0a, 0xe2, 0x82, 0x0a, 0xc3]),
    Buffer.from([0x0a, 0xed, 0xa0, 0x80, 0x0a, 0xf0, 0x9f, 0x98])]));
  show('lone lead at end', await lines([Buffer.from([0x61, 0x0a, 0xf0, 0x9f])]));
  show('empty chunks', await lines([Buffer.alloc(0), bytes('x\n'), Buffer.alloc(0), bytes('y')]));
  show('only newlines', await lines([bytes('\n\n\r\n\r')]));
  show('uint8array', await lines([new Uint8Array([0x71, 0x0d]), new Uint8Array([0x0a, 0x72])]));

  // Text then bytes then text through write(): one line stays whole.
  {
    const input = new Readable({ read() {} });
    const rl = readline.createInterface({ input });
    const got = [];
    rl.on('line', (l) => got.push(l));
    rl.write('abc');
    rl.write(bytes('déf\nghi'));
    rl.write('jkl\r');
    rl.write(bytes('\nmno\r'));
    rl.write('\npqr');
    rl.close();
    show('mixed writes', got);
  }

  // A question pending when a chunk of several lines comes.
  {
    const input = new Readable({ read() {} });
    const rl = readline.createInterface({ input, output: null });
    const got = [];
    rl.on('line', (l) => got.push(`line:${l}`));
    rl.question('q? ', (answer) => got.push(`answer:${answer}`));
    input.push(bytes('first\nsecond\nthird\n'));
    await new Promise((r) => setImmediate(r));
    show('question', got);
    rl.close();
  }

  // close() from a 'line' listener drops the rest of the chunk.
  {
    const input = new Readable({ read() {} });
    const rl = readline.createInterface({ input });
    const got = [];
    rl.on('line', (l) => {
      got.push(l);
      if (l === 'two') rl.close();
    });
    rl.on('close', () => got.push('<close>'));
    input.push(bytes('one\ntwo\nthree\nfour\n'));
    await new Promise((r) => setImmediate(r));
    show('close mid-chunk', got);
  }

  // An iterator and a listener at once, on byte chunks.
  {
    const rl = readline.createInterface({ input: Readable.from([bytes('1\n2\n'), bytes('3\n4')]) });
    const seen = [];
    rl.on('line', (l) => seen.push(l));
    const got = [];
    for await (const l of rl) got.push(l);
    show('iterator', got);
    show('listener', seen);
  }

  // More lines in one chunk than the iterator keeps before pausing.
  {
    const big = bytes(Array.from({ length: 5000 }, (_, i) => `row ${i} ${'é'.repeat(i % 5)}`).join('\n'));
    const input = Readable.from([big.subarray(0, 20000), big.subarray(20000)]);
    const rl = readline.createInterface({ input });
    let count = 0;
    let units = 0;
    let last;
    for await (const line of rl) {
      count++;
      units += line.length;
      last = line;
      if (count === 1500) await new Promise((r) => setTimeout(r, 5));
    }
    console.log('big', count, units, JSON.stringify(last));
  }

  // Breaking out of the loop closes the interface.
  {
    const rl = readline.createInterface({ input: Readable.from([bytes('a\nb\nc\n')]) });
    let closed = false;
    rl.on('close', () => { closed = true; });
    for await (const l of rl) {
      console.log('break at', l);
      break;
    }
    console.log('closed after break', closed);
  }

  // setEncoding on the input: text chunks, the same lines.
  {
    const input = Readable.from([bytes('x\ny\r'), bytes('\nz')]);
    input.setEncoding('utf8');
    show('encoded input', await lines([], { input }));
  }
})();
