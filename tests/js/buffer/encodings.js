const { Buffer } = require('buffer');
const encs = ['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'ucs-2', 'utf-16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX', 'Base64'];
const str = 'héllo wörld € 😀 \u0000 end';
for (const e of encs) {
  const b = Buffer.from(str, e);
  console.log(e, b.length, Buffer.byteLength(str, e), b.toString('hex'), JSON.stringify(b.toString(e)));
}
for (const e of ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'utf16le']) {
  const b = Buffer.from([0, 1, 127, 128, 200, 255, 0x41, 0xe2, 0x82, 0xac]);
  console.log(e, JSON.stringify(b.toString(e)), JSON.stringify(b.toString(e, 2, 7)));
}
console.log(Buffer.from('abc', 'hex').toString('hex'));
console.log(Buffer.from('abzz12', 'hex').toString('hex'));
console.log(Buffer.from('zz', 'hex').length);
console.log(Buffer.from('0G', 'hex').length);
console.log(JSON.stringify(Buffer.from('aGVsbG8gd29ybGQ', 'base64').toString()));
console.log(JSON.stringify(Buffer.from('aGVs bG8\ngd2 9ybGQ==', 'base64').toString()));
console.log(JSON.stringify(Buffer.from('-_-_', 'base64').toJSON().data));
console.log(JSON.stringify(Buffer.from('+/+/', 'base64url').toJSON().data));
console.log(Buffer.from([0xfb, 0xff, 0xfe]).toString('base64'), Buffer.from([0xfb, 0xff, 0xfe]).toString('base64url'));
console.log(Buffer.from([1]).toString('base64url'), Buffer.from([1]).toString('base64'));
console.log(Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('aGk', 'base64'), Buffer.byteLength('aGk==', 'base64'));
console.log(Buffer.byteLength('€'), Buffer.byteLength('😀'), Buffer.byteLength('\ud800'), Buffer.byteLength('abc', 'bogus'));
console.log(Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(''));
console.log(JSON.stringify(Buffer.from([0xff, 0xfe, 0x80, 0x41]).toString()));
console.log(JSON.stringify(Buffer.from([0xe2, 0x82]).toString()));
console.log(Buffer.from('\ud800x').toString('hex'));
console.log(Buffer.from('abc').toString('ucs2').length, Buffer.from('abcd').toString('utf16le'));
console.log(JSON.stringify(Buffer.from('ab').toString(undefined)), JSON.stringify(Buffer.from('hello').toString('utf8', -3, 2.9)));
console.log(JSON.stringify(Buffer.from('hello').toString('utf8', 10)), JSON.stringify(Buffer.from('hello').toString('utf8', 1, 100)));
for (const e of ['utf8', 'UTF-8', 'ucs2', 'binary', 'base64url', 'hex', 'foo', '', 'utf32', 1, null, undefined]) {
  console.log(String(e), Buffer.isEncoding(e));
}
console.log(Buffer.from('buf').asciiSlice(), Buffer.from('buf').hexSlice(1), Buffer.from('buf').latin1Slice(0, 2));
