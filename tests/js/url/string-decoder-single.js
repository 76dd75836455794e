// StringDecoder single-byte encodings (latin1, binary, ascii, hex) and the
// encoding names it accepts or refuses.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xe9, 0xff]);
for (const enc of ['latin1', 'binary', 'ascii', 'hex', 'LATIN1', 'Hex', 'ASCII']) {
  const d = new StringDecoder(enc);
  console.log(enc, d.encoding, JSON.stringify(d.write(bytes)), JSON.stringify(d.write(bytes.subarray(3))), JSON.stringify(d.end(bytes.subarray(0, 2))));
}
for (const enc of [undefined, null, '', 'utf8', 'UTF-8', 'Utf8', 'ucs-2', 'UCS2', 'utf-16le', 'UTF16LE', 'base64URL']) {
  console.log(JSON.stringify(enc), new StringDecoder(enc).encoding);
}
for (const bad of ['utf32', 'latin2', 'utf-16be', 0, false, {}]) {
  try {
    new StringDecoder(bad);
  } catch (e) {
    console.log(JSON.stringify(bad), e.name, e.code, e.message);
  }
}
