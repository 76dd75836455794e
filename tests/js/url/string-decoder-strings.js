// StringDecoder.write/end given a string return it as it is, whatever the
// decoder's encoding, and leave a pending partial character in place.
const { StringDecoder } = require('string_decoder');
const hex = new StringDecoder('hex');
console.log(JSON.stringify(hex.write('not hex at all')), JSON.stringify(hex.end('zz')));
const utf8 = new StringDecoder('utf8');
console.log(JSON.stringify(utf8.write(Buffer.from([0xe2, 0x82]))));
console.log(JSON.stringify(utf8.write('plain')));
console.log(JSON.stringify(utf8.write(Buffer.from([0xac]))));
console.log(JSON.stringify(utf8.end()));
const b64 = new StringDecoder('base64');
console.log(JSON.stringify(b64.write(Buffer.from('ab'))), JSON.stringify(b64.end('xyz')));
