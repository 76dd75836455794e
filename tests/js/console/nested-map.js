// Nested Maps of objects.
const inner = new Map([['id1', { name: 'first', tags: ['a', 'b'] }], ['id2', { name: 'second', tags: [] }]]);
const outer = new Map([['group', inner], ['count', 2]]);
console.log(outer);
console.log({ outer });
console.log([outer]);
