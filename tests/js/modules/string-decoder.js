// node:string_decoder: characters split across chunks stay whole.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const euro = Buffer.from('€');
const d = new StringDecoder('utf8');
console.log(JSON.stringify([d.write(euro.subarray(0, 1)), d.write(euro.subarray(1, 2)), d.write(euro.subarray(2))]));
console.log(JSON.stringify([d.write(Buffer.from([0xf0, 0x9f])), d.end()]));
console.log(JSON.stringify(new StringDecoder().end(Buffer.from('plain'))));
const u16 = new StringDecoder('utf16le');
const smile = Buffer.from('😀', 'utf16le');
console.log(JSON.stringify([u16.write(smile.subarray(0, 2)), u16.write(smile.subarray(2)), u16.write(Buffer.from([0x61])), u16.write(Buffer.from([0x00])), u16.end()]));
const b64 = new StringDecoder('base64');
console.log(JSON.stringify([b64.write(Buffer.from('ab')), b64.write(Buffer.from('cd')), b64.end()]));
console.log(JSON.stringify([new StringDecoder('hex').write(Buffer.from([1, 255])), new StringDecoder('latin1').write(Buffer.from([0xe9]))]));
console.log(new StringDecoder('UTF-8').encoding, new StringDecoder('binary').encoding, new StringDecoder('ucs2').encoding);
try {
  new StringDecoder('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new StringDecoder().write(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
