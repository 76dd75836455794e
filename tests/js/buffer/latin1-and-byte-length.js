const cases = ['abc', 'é€\u0100', '\u{1f600}x', 'a\ud800b', '\udc00', ''];
for (const s of cases) {
  console.log(JSON.stringify(s), Buffer.from(s, 'latin1').toString('hex'), Buffer.from(s, 'ascii').toString('hex'), Buffer.byteLength(s), Buffer.from(s).toString('hex'));
}
const b = Buffer.from([0x68, 0xe9, 0xff, 0x80, 0x7f]);
console.log(JSON.stringify(b.toString('latin1')), JSON.stringify(b.toString('ascii')), JSON.stringify(b.toString('binary', 1, 3)));
const w = Buffer.alloc(6); console.log(w.write('\u{1f600}é', 'latin1'), w.toString('hex'));
