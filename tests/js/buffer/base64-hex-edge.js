const { Buffer } = require('buffer');
for (const s of ['aGk=aGk=', 'aGk', 'a', 'ab', 'abc', 'abcd=', '=abc', 'ab=c', 'a b\tc\nd', 'YQ', 'YQ=', 'YQ==', 'Y', '!!YQ!!', 'aGVsbG8-_w', '////', '____', 'ab\u00ffcd', 'ab\u0100cd'])
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'));
for (const s of ['', 'a', 'ab', 'abc', 'AbCdEf', '0x12', '12 34', '12g4', 'ffff', 'FfFf0', '\u0161\u0162'])
  console.log(JSON.stringify(s), Buffer.from(s, 'hex').toString('hex'), Buffer.byteLength(s, 'hex'), Buffer.alloc(4).write(s, 'hex'));
