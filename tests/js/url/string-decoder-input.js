// StringDecoder inputs: Buffers, Uint8Array views with offsets, DataView,
// strings passed through, invalid argument types, text().
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const ab = new Uint8Array([0x78, 0xe2, 0x82, 0xac, 0x79]).buffer;
console.log(JSON.stringify(d.write(new Uint8Array(ab, 1, 2))), JSON.stringify(d.write(new DataView(ab, 3, 2))), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write('already a string')), JSON.stringify(d.end('end string')));
for (const bad of [42, null, {}, [1, 2], undefined]) {
  try {
    console.log(JSON.stringify(new StringDecoder().write(bad)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const t = new StringDecoder('utf8');
console.log(JSON.stringify(t.text(Buffer.from('héllo'), 2)), JSON.stringify(t.end()));
const big = Buffer.from('€'.repeat(1000));
const chunks = [];
const dd = new StringDecoder('utf8');
for (let i = 0; i < big.length; i += 7) chunks.push(dd.write(big.subarray(i, i + 7)));
chunks.push(dd.end());
console.log(chunks.join('') === '€'.repeat(1000), chunks.length);
console.log(Object.keys(new StringDecoder('utf8')).sort().join());
