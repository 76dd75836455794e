// Map and Set formatting.
console.log(new Map());
console.log(new Set());
console.log(new Map([['a', 1], ['b', { c: 2 }], [{ key: 'obj' }, [1, 2]]]));
console.log(new Set([1, 'two', [3], { four: 4 }]));
console.log(new Map([[new Map([[1, 2]]), new Set([3])]]));
const m = new Map([['x', 1]]);
m.extra = 'prop';
console.log(m);
console.log(new WeakMap(), new WeakSet());
console.log(new Map([[1, 'a'], [2, 'b']]).keys());
console.log(new Map([[1, 'a'], [2, 'b']]).entries());
console.log(new Set([1, 2]).values());
console.log([1, 2][Symbol.iterator]());
