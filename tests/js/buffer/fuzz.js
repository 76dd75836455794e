// Deterministic pseudo-random differential checks of search, slicing, copy and write.
const { Buffer } = require('buffer');
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pick = (a) => a[rnd(a.length)];
const offs = [undefined, null, NaN, 0, 1, 2, 3, -1, -2, -3, 5, 7, 100, -100, 1.5, -1.5, '', true];
const out = [];
const call = (f) => { try { const v = f(); return Buffer.isBuffer(v) ? `B:${v.toString('hex')}` : String(v); } catch (e) { return `E:${e.code}`; } };
for (let i = 0; i < 400; i++) {
  const len = rnd(8);
  const b = Buffer.alloc(len);
  for (let j = 0; j < len; j++) b[j] = 97 + rnd(3);
  const needleLen = rnd(3);
  let needle = '';
  for (let j = 0; j < needleLen; j++) needle += String.fromCharCode(97 + rnd(3));
  const o = pick(offs);
  const o2 = pick(offs);
  out.push(call(() => b.indexOf(needle, o)), call(() => b.lastIndexOf(needle, o)));
  out.push(call(() => b.indexOf(97 + rnd(3), o)), call(() => b.lastIndexOf(97 + rnd(3), o)));
  out.push(call(() => b.indexOf(Buffer.from(needle), o)), call(() => b.lastIndexOf(Buffer.from(needle), o)));
  out.push(call(() => b.toString('latin1', o, o2)), call(() => b.slice(o, o2)), call(() => b.subarray(o)));
  const t = Buffer.alloc(rnd(6), 'z');
  out.push(call(() => b.copy(t, o, o2)), t.toString());
  out.push(call(() => b.copy(t, rnd(4), rnd(4), rnd(9))), t.toString());
  out.push(call(() => b.compare(t, rnd(5), rnd(7), rnd(5), rnd(9))));
  const w = Buffer.alloc(6, '.');
  out.push(call(() => w.write(pick(['ab', 'é€', '😀x', 'abcdefgh']), pick([0, 1, 2, 5, 6]), pick([undefined, 0, 1, 2, 3, 4]))), w.toString('hex'));
  out.push(call(() => w.fill(pick(['xy', 'é', 3, '']), pick([undefined, 0, 2, 4]), pick([undefined, 3, 6]))));
}
let h = 0;
const all = out.join('|');
for (let i = 0; i < all.length; i++) h = (h * 31 + all.charCodeAt(i)) >>> 0;
console.log(out.length, h);
for (let i = 0; i < out.length; i += 40) console.log(out.slice(i, i + 40).join(' '));
