// TextEncoder / TextDecoder: UTF-8 both ways, streaming, BOM, fatal mode,
// UTF-16LE and latin1 decoding, and unsupported labels.
const enc = new TextEncoder();
console.log(enc.encoding, Array.from(enc.encode('hé€😀')));
console.log(Array.from(enc.encode()), Array.from(enc.encode(42)));
const dest = new Uint8Array(5);
console.log(JSON.stringify(enc.encodeInto('a€b', dest)), Array.from(dest));
console.log(JSON.stringify(enc.encodeInto('😀x', new Uint8Array(3))));

const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
console.log(JSON.stringify(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(JSON.stringify(dec.decode(new Uint8Array([0x61, 0xff, 0x62]))));
console.log(JSON.stringify(dec.decode(new Uint8Array([0xe2, 0x82, 0xac]).buffer)));
console.log(JSON.stringify(dec.decode(new DataView(new Uint8Array([0x7a]).buffer))));
console.log(JSON.stringify(dec.decode()));

// Streaming: a multi-byte character split across chunks.
const s = new TextDecoder();
const euro = [0xe2, 0x82, 0xac];
let out = s.decode(new Uint8Array(euro.slice(0, 1)), { stream: true });
out += s.decode(new Uint8Array(euro.slice(1)), { stream: true });
out += s.decode();
console.log(JSON.stringify(out));

try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log(e.name, e.code);
}
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0x00, 0x69, 0x00]))));
console.log(JSON.stringify(new TextDecoder('latin1').decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))), new TextDecoder('latin1').encoding);
try {
  new TextDecoder('klingon');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  dec.decode('not bytes');
} catch (e) {
  console.log(e.name, e.code);
}
console.log(Object.prototype.toString.call(enc), Object.prototype.toString.call(dec));
