const { Buffer } = require('buffer');
const b = Buffer.alloc(16);
const r = [];
for (const v of [1.5, -0, NaN, Infinity, -Infinity, 3.4e38, 1e-45, 0.1, 123456.789]) {
  r.push(b.writeFloatLE(v, 0), b.toString('hex', 0, 4), b.readFloatLE(0));
  r.push(b.writeFloatBE(v, 4), b.toString('hex', 4, 8), b.readFloatBE(4));
  r.push(b.writeDoubleLE(v, 8), b.toString('hex', 8, 16), b.readDoubleLE(8));
  r.push(b.writeDoubleBE(v, 0), b.toString('hex', 0, 8), b.readDoubleBE(0));
}
r.push(b.writeDoubleLE('2.5', 0), b.readDoubleLE(0), b.writeFloatLE(undefined, 0), b.readFloatLE(0));
console.log(r.join(' '));
const big = [];
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n, 2n ** 64n - 1n]) {
  const x = Buffer.alloc(8);
  if (v >= 0n) {
    big.push(x.writeBigUInt64LE(v, 0), x.toString('hex'), x.readBigUInt64LE(0), x.readBigInt64LE(0));
    big.push(x.writeBigUInt64BE(v, 0), x.toString('hex'), x.readBigUInt64BE(0), x.readBigUint64BE(0));
  }
  if (v < 2n ** 63n) {
    big.push(x.writeBigInt64LE(v), x.toString('hex'), x.readBigInt64LE(), x.readBigUint64LE());
    big.push(x.writeBigInt64BE(v), x.toString('hex'), x.readBigInt64BE(), x.writeBigUint64LE(5n), x.readBigUInt64LE());
  }
}
console.log(big.join(' '));
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => b.readFloatLE(13));
t(() => b.readDoubleBE(9));
t(() => b.writeDoubleLE(1, 9));
t(() => b.writeFloatBE(1, -1));
t(() => b.readDoubleLE('0'));
t(() => Buffer.alloc(4).readDoubleLE(0));
t(() => b.readBigInt64LE(9));
t(() => b.readBigUInt64BE(1.5));
t(() => b.writeBigInt64LE(2n ** 63n));
t(() => b.writeBigInt64BE(-(2n ** 63n) - 1n));
t(() => b.writeBigUInt64LE(2n ** 64n));
t(() => b.writeBigUInt64BE(-1n));
t(() => b.writeBigUInt64LE(1n, 10));
t(() => Buffer.alloc(4).readBigUInt64LE());
