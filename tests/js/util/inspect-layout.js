// util.inspect layout options: depth, compact (numbers, true, false),
// breakLength, sorted (true and a comparator).
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

const nested = { a: { b: { c: { d: { e: { f: 1 } } } } }, arr: [[[[[1]]]]] };
for (const depth of [0, 1, 2, 3, Infinity, null, -1]) show(nested, { depth });
show(new Map([[{ a: { b: {} } }, new Set([[1, [2]]])]]), { depth: 1 });
show([{ a: 1 }, [1]], { depth: -1 });
const wide = { alpha: 'one', beta: [1, 2, 3], gamma: { delta: 'two', epsilon: [4, 5] }, zeta: 'three' };
for (const compact of [0, 1, 2, 3, 5, true, false]) {
  console.log(`compact ${compact}:`);
  show(wide, { compact });
  show([[1, 2], [3, [4, 5]]], { compact });
  show({ x: 'a\nb' }, { compact });
}
for (const breakLength of [0, 20, 40, 80, 200, Infinity]) {
  console.log(`breakLength ${breakLength}:`);
  show(wide, { breakLength });
  show(Array.from({ length: 12 }, (_, i) => `e${i}`), { breakLength });
}
show(wide, { compact: false, breakLength: Infinity });
show(wide, { compact: true, breakLength: Infinity });
show(wide, { compact: 1, breakLength: 40 });
const unsorted = { zebra: 1, apple: 2, mango: { z: 1, a: 2 }, [Symbol('b')]: 3, [Symbol('a')]: 4 };
show(unsorted, { sorted: true });
show(unsorted, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) });
show(new Map([['z', 1], ['a', 2]]), { sorted: true });
show(new Set(['z', 'a', 'm']), { sorted: true });
show(['z', 'a'], { sorted: true });
const arrWithKeys = ['x'];
arrWithKeys.zz = 1;
arrWithKeys.aa = 2;
show(arrWithKeys, { sorted: true });
show({ b: 1, a: 2 }, { sorted: false });
show(Array.from({ length: 30 }, (_, i) => ({ i })), { compact: 3, breakLength: 120 });
show(Array.from({ length: 30 }, (_, i) => i), { compact: false });
show({ text: 'a'.repeat(70), n: 1 });
show({ a: [{ b: [{ c: [{ d: 1 }] }] }] }, { compact: 3 });
show({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { breakLength: 30, compact: 3 });
show({ aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddddd', e: { f: 'gggggggggggggggggggggggggg' } });
