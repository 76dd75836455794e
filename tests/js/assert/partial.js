// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// assert.partialDeepStrictEqual (in Node 22.13+): subsets of objects, arrays, sets, maps, typed arrays, errors.
const assert = require('assert');
const { show } = require('./fixtures/show');
const p = (l, a, b) => show(l, () => assert.partialDeepStrictEqual(a, b));
p('subset', { a: 1, b: 2, c: { d: 3, e: 4 } }, { a: 1, c: { d: 3 } });
p('not subset', { a: 1, b: 2 }, { a: 1, c: 3 });
p('value differs', { a: 1, b: 2 }, { a: 2 });
p('array subsequence', [1, 2, 3, 4, 5], [2, 4]);
p('array order', [1, 2, 3], [3, 1]);
p('array longer', [1, 2], [1, 2, 3]);
p('array objects', [{ a: 1, b: 2 }, { c: 3 }], [{ a: 1 }]);
p('array equal', [1, 2], [1, 2]);
p('sparse', [1, , 3], [1, , 3]);
p('sets', new Set([1, 2, 3]), new Set([2, 3]));
p('sets missing', new Set([1, 2]), new Set([3]));
p('sets objects', new Set([{ a: 1, b: 2 }, { c: 1 }]), new Set([{ a: 1 }]));
p('maps', new Map([['a', 1], ['b', 2]]), new Map([['a', 1]]));
p('maps diff', new Map([['a', 1]]), new Map([['a', 2]]));
p('maps obj keys', new Map([[{ k: 1 }, { v: 1, w: 2 }], [{ k: 2 }, 2]]), new Map([[{ k: 1 }, { v: 1, w: 2 }]]));
p('u8', new Uint8Array([1, 2, 3, 4]), new Uint8Array([2, 4]));
p('u8 miss', new Uint8Array([1, 2, 3]), new Uint8Array([4]));
p('u8 vs u16', new Uint8Array([1]), new Uint16Array([1]));
p('arraybuffer', new Uint8Array([1, 2, 3]).buffer, new Uint8Array([1, 3]).buffer);
p('errors', new Error('m', { cause: 1 }), new Error('m'));
p('errors msg', new Error('m'), new Error('n'));
p('errors empty msg', new Error('m'), new Error(''));
p('dates', new Date(0), new Date(0));
p('dates diff', new Date(0), new Date(1));
p('prims', 1, 1);
p('prims diff', 1, '1');
p('NaN', NaN, NaN);
p('zero', 0, -0);
p('symbols', { [Symbol.for('a')]: 1, b: 2 }, { [Symbol.for('a')]: 1 });
p('symbol missing', { b: 2 }, { [Symbol.for('a')]: 1 });
class A { constructor() { this.x = 1; this.y = 2; } }
p('class vs plain', new A(), { x: 1 });
p('nested diff', { a: { b: { c: [1, 2, 3] } }, z: 1 }, { a: { b: { c: [4] } } });
p('custom message', { a: 1 }, { a: 2 }, 'partial msg');
p('missing arg', { a: 1 });
p('long', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i])), { k5: 5, k25: -1 });
