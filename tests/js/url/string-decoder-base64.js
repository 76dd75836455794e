// StringDecoder base64/base64url: partial groups carried between writes,
// padding at end(), and each cut of a short input.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x01, 0x02, 0x03, 0x04]);
for (const enc of ['base64', 'base64url']) {
  for (let cut = 0; cut <= bytes.length; cut++) {
    const d = new StringDecoder(enc);
    const out = [d.write(bytes.subarray(0, cut)), d.write(bytes.subarray(cut)), d.end()];
    console.log(enc, cut, JSON.stringify(out), d.lastNeed, d.lastTotal);
  }
  const d = new StringDecoder(enc);
  const parts = [];
  for (const b of bytes) parts.push(d.write(Buffer.from([b])), `${d.lastNeed}/${d.lastTotal}`);
  console.log(JSON.stringify(parts), JSON.stringify(d.end()), JSON.stringify(d.end()));
  console.log(JSON.stringify(new StringDecoder(enc).end(Buffer.from([1]))), JSON.stringify(new StringDecoder(enc).end(Buffer.from([1, 2]))));
}
