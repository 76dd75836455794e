// console.dir uses util.inspect options and ignores format specifiers.
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir('%s is not a format here');
console.dir([1, 'two', [3]]);
console.dir(Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
