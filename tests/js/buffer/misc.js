const { Buffer } = require('buffer');
const b = Buffer.from('hello');
console.log(b.parent === b.buffer, b.offset === b.byteOffset, b.toLocaleString(), b.toString());
console.log([...b.keys()].join(','), [...b.values()].join(','), JSON.stringify([...b.entries()].slice(0, 2)));
let s = '';
for (const x of b) s += x + ';';
console.log(s, b.length, b.byteLength, Buffer.BYTES_PER_ELEMENT, b.BYTES_PER_ELEMENT);
const big = 'aé€😀'.repeat(30000);
for (const e of ['utf8', 'utf16le', 'latin1', 'base64', 'hex']) {
  const enc = Buffer.from(big, e);
  const back = enc.toString(e);
  console.log(e, enc.length, Buffer.byteLength(big, e), back.length, Buffer.from(back, e).equals(enc));
}
const raw = Buffer.alloc(70000);
for (let i = 0; i < raw.length; i++) raw[i] = (i * 7) & 255;
for (const e of ['latin1', 'base64', 'base64url', 'hex', 'utf16le']) {
  console.log(e, Buffer.from(raw.toString(e), e).equals(e === 'utf16le' ? raw : raw));
}
const ab = new ArrayBuffer(6);
const v1 = Buffer.from(ab);
const v2 = Buffer.from(v1.buffer, 2, 2);
v2[0] = 5;
console.log(v1[2], v2.byteOffset, v2.length);
const u = new Uint8Array([1, 2, 3, 4]);
const shared = Buffer.from(u.buffer, u.byteOffset, u.byteLength);
shared[0] = 9;
console.log(u[0]);
console.log(typeof Buffer.prototype.readUint8, Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE);
console.log(Buffer.name, Buffer.prototype.constructor === Buffer, Buffer.from('x').constructor.name);
console.log(Object.keys(require('buffer')).sort().filter((k) => !['Blob', 'File', 'resolveObjectURL'].includes(k)).join(','));
const z = Buffer.alloc(4);
z.set([1, 2], 1);
console.log(z.toString('hex'), z.reverse().toString('hex'), z.at(-1), z.filter((x) => x > 0).toString('hex'));
console.log(Buffer.isBuffer(z.filter(() => true)), Buffer.isBuffer(z.slice()), Buffer.isBuffer(Uint8Array.prototype.slice.call(z)));
