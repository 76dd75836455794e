// structuredClone: deep copies of the cloneable types, cycles kept, class
// instances become plain objects, uncloneable values throw DataCloneError.
const src = {
  n: 1, s: 'x', b: true, nil: null, u: undefined, big: 10n,
  d: new Date(0), r: /a+/gi, arr: [1, [2, 3]], m: new Map([['k', { v: 1 }]]), set: new Set([1, 'two']),
  bytes: new Uint8Array([1, 2, 3]), boxed: new Number(5), err: new RangeError('bad'),
};
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.arr !== src.arr, c.m.get('k').v, c.d.getTime(), c.r.flags, c.r.source);
console.log(c.bytes instanceof Uint8Array, Array.from(c.bytes), c.bytes.buffer !== src.bytes.buffer);
console.log(c.err instanceof RangeError, c.err.message, c.set.has('two'), typeof c.big, 'u' in c, c.boxed instanceof Number);
class Point { constructor() { this.x = 1; } move() {} }
const p = structuredClone(new Point());
console.log(p instanceof Point, Object.getPrototypeOf(p) === Object.prototype, p.x);
for (const bad of [() => 1, Symbol('s'), new WeakMap(), Promise.resolve()]) {
  try {
    structuredClone({ bad });
    console.log('cloned?');
  } catch (e) {
    console.log(e.name, e.code);
  }
}
try {
  structuredClone();
} catch (e) {
  console.log(e.name, e.code);
}
