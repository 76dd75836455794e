// StringDecoder utf16le/ucs2: odd byte counts, surrogate pairs split at
// every byte, lone surrogates at the end.
const { StringDecoder } = require('string_decoder');
const text = 'a€😀b';
const bytes = Buffer.from(text, 'utf16le');
for (let cut = 0; cut <= bytes.length; cut++) {
  for (const enc of ['utf16le', 'ucs2']) {
    const d = new StringDecoder(enc);
    const out = [d.write(bytes.subarray(0, cut)), d.write(bytes.subarray(cut)), d.end()];
    console.log(enc, cut, JSON.stringify(out), out.join('') === text);
  }
}
const d = new StringDecoder('utf-16le');
const parts = [];
for (const b of bytes) parts.push(d.write(Buffer.from([b])));
console.log(JSON.stringify(parts), JSON.stringify(d.end()), d.encoding);
const lone = new StringDecoder('ucs2');
console.log(JSON.stringify(lone.write(Buffer.from([0x3d, 0xd8]))), lone.lastNeed, lone.lastTotal, JSON.stringify(lone.end()));
const odd = new StringDecoder('utf16le');
console.log(JSON.stringify(odd.write(Buffer.from([0x61, 0x00, 0x62]))), odd.lastNeed, JSON.stringify(odd.end()));
console.log(JSON.stringify(new StringDecoder('utf16le').end(Buffer.from([0x3d, 0xd8, 0x00, 0xde]))));
