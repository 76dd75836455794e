// StringDecoder utf8: multi-byte characters split across every possible
// write boundary, invalid and truncated sequences, end() flushing.
const { StringDecoder } = require('string_decoder');
const text = 'aé€😀z';
const bytes = Buffer.from(text);
for (let cut = 0; cut <= bytes.length; cut++) {
  const d = new StringDecoder('utf8');
  const out = [d.write(bytes.subarray(0, cut)), d.write(bytes.subarray(cut)), d.end()];
  console.log(cut, JSON.stringify(out), out.join('') === text);
}
const d = new StringDecoder('utf8');
const parts = [];
for (const b of bytes) parts.push(d.write(Buffer.from([b])));
console.log(JSON.stringify(parts), JSON.stringify(d.end()));
const invalid = [[0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc3, 0x28], [0xe2, 0x28, 0xa1], [0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0x61, 0xf0, 0x9f], [0xe2, 0x82, 0x61]];
for (const seq of invalid) {
  const dec = new StringDecoder('utf8');
  console.log(seq.map((b) => b.toString(16)).join(' '), JSON.stringify(dec.write(Buffer.from(seq))), JSON.stringify(dec.end()),
    JSON.stringify(new StringDecoder().end(Buffer.from(seq))));
}
const e = new StringDecoder('utf-8');
console.log(JSON.stringify(e.write(Buffer.from([0xe2]))), e.lastNeed, e.lastTotal, JSON.stringify(e.write(Buffer.from([0x82]))), e.lastNeed, e.lastTotal);
console.log(JSON.stringify(e.end(Buffer.from([0xac, 0x41]))), JSON.stringify(e.end()), JSON.stringify(e.write(Buffer.alloc(0))));
const split = new StringDecoder('utf8');
console.log(JSON.stringify(split.write(Buffer.from([0xf0]))), JSON.stringify(split.write(Buffer.from([0x41]))), JSON.stringify(split.end()));
