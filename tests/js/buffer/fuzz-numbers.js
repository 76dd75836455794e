// Deterministic pseudo-random differential checks of numeric reads and writes.
const { Buffer } = require('buffer');
let seed = 777;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pick = (a) => a[rnd(a.length)];
const offsets = [undefined, 0, 0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, -1, 1.5, NaN, '1', null, Infinity];
const values = [0, 1, -1, 127, 128, -128, 255, 256, 32767, -32768, 65535, 65536, 2 ** 31 - 1, -(2 ** 31), 2 ** 32 - 1, 2 ** 32, 2 ** 40, -(2 ** 40), 2 ** 47 - 1, -(2 ** 47), 2 ** 48 - 1, 1.7, -1.7, NaN, '12', null];
const methods = Object.getOwnPropertyNames(Buffer.prototype).filter((k) => /^(read|write)(U?Int|Uint)(8|16|32)/.test(k) || /^(read|write)(Float|Double)/.test(k)).sort();
const varMethods = ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE'];
const out = [];
const call = (f) => { try { return String(f()); } catch (e) { return `E:${e.code}:${e.message}`; } };
for (let i = 0; i < 600; i++) {
  const b = Buffer.alloc(pick([0, 1, 2, 4, 6, 8, 8, 8, 8, 8]));
  for (let j = 0; j < b.length; j++) b[j] = rnd(256);
  const m = pick(methods);
  const off = pick(offsets);
  if (m.startsWith('read')) out.push(`${m} ${call(() => b[m](off))}`);
  else out.push(`${m} ${call(() => b[m](pick(values), off))} ${b.toString('hex')}`);
  const vm = pick(varMethods);
  const bl = pick([1, 2, 3, 4, 5, 6, 6, 5, 0, 7, 2.5, undefined]);
  if (vm.startsWith('read')) out.push(`${vm} ${call(() => b[vm](off, bl))}`);
  else out.push(`${vm} ${call(() => b[vm](pick(values), off, bl))} ${b.toString('hex')}`);
}
console.log(out.join('\n'));
