// console.table with several shapes.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ first: { x: 1 }, second: { y: 2 } });
console.table([1, 'two', { three: 3 }]);
console.table([{ name: 'alice', age: 30, city: 'x' }, { name: 'bob', age: 4 }], ['name', 'age']);
console.table(new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]));
console.table(new Set(['s1', 's2']));
console.table([]);
console.table({});
console.table('not tabular');
console.table(42);
console.table([{ wide: 'ünïcødé', emoji: '日本' }]);
console.table([{ nested: { deep: [1, 2] }, fn: function f() {} }]);
