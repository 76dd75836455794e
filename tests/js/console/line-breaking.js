// Objects break onto multiple lines when they exceed 72-80 columns.
console.log({ a: 1, b: 2, c: 3 });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddd' });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddddddddddd' });
console.log({ list: ['one', 'two', 'three'], obj: { nested: true, more: 'text here' }, n: 1 });
console.log(['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccc', 'dddddddddddddddddddd']);
console.log({ k: 'x'.repeat(90) });
console.log({ a: { b: 1, c: 2 }, d: { e: 3, f: 4 }, g: { h: 5, i: 6 }, j: { k: 7, l: 8 }, m: 9 });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);
console.log({ multi: 'line\nstring' });
