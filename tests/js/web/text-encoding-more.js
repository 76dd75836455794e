// golden: hand-written (Node 22: node 20 decodes windows-1252 as latin1)
// TextEncoder/TextDecoder beyond the basics: lone surrogates, encodeInto
// limits, labels, BOM handling, UTF-16 surrogates and odd bytes, streaming,
// windows-1252, argument and receiver errors, inspection.
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode(), enc.encode('h\u00e9\ud83d\ude00'), enc.encode('\ud800x'), enc.encode(5), enc.encode(null));
const dest = new Uint8Array(5);
console.log(enc.encodeInto('a\u00e9\ud83d\ude00', dest), dest);
console.log(enc.encodeInto('\ud800ab', new Uint8Array(4)));
t(() => enc.encodeInto('a', []));
t(() => enc.encodeInto('a'));
t(() => TextEncoder.prototype.encode.call({}, 'a'));
for (const label of ['utf8', ' UTF-8 ', 'utf-16le', 'utf-16', 'latin1', 'ascii', 'windows-1252', 'utf-16be', 'foo', '', 'UNICODE-1-1-UTF-8']) {
  t(() => new TextDecoder(label).encoding);
}
const d = new TextDecoder();
console.log(d.encoding, d.fatal, d.ignoreBOM, Object.prototype.toString.call(d));
console.log(JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68]))));
console.log(JSON.stringify(d.decode(new Uint8Array([0x68, 0xff, 0xc3]))));
t(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])));
t(() => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x61])));
t(() => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8])));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xd8, 0x61, 0x00]))));
t(() => d.decode('str'));
t(() => d.decode(5));
t(() => new TextDecoder('utf-8', 5));
console.log(d.decode(new Uint16Array([0x6968]).buffer), d.decode(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)), JSON.stringify(d.decode()));
t(() => d.decode(null));
// streaming
const sd = new TextDecoder();
const bytes = enc.encode('\u00e9\ud83d\ude00z');
let out = '';
for (const b of bytes) out += sd.decode(new Uint8Array([b]), { stream: true });
out += sd.decode();
console.log(JSON.stringify(out));
const sd2 = new TextDecoder();
console.log(JSON.stringify(sd2.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), JSON.stringify(sd2.decode()));
const u16 = new TextDecoder('utf-16le');
console.log(JSON.stringify(u16.decode(new Uint8Array([0xff, 0xfe, 0x68]), { stream: true })), JSON.stringify(u16.decode(new Uint8Array([0x00]))));
const l1 = new TextDecoder('latin1');
console.log(l1.encoding, JSON.stringify(l1.decode(new Uint8Array([0x80, 0xe9, 0x9f, 0x41]))));
const bomStream = new TextDecoder();
console.log(JSON.stringify(bomStream.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + bomStream.decode(new Uint8Array([0xbf, 0x41]), { stream: true }) + bomStream.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
t(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82]), { stream: true }));
t(() => Object.getOwnPropertyNames(TextDecoder.prototype).sort().join());
t(() => Object.getOwnPropertyNames(TextEncoder.prototype).sort().join());
t(() => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
t(() => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
console.log(require('util').inspect(new TextEncoder()), require('util').inspect(new TextDecoder('utf-16le', { fatal: true })));
