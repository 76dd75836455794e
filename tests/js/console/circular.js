// Circular references are marked with <ref *N> and [Circular *N].
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { name: 'b', list: [] };
b.list.push(b, { parent: b });
console.log(b);
const arr = [1];
arr.push(arr);
console.log(arr);
const x = { name: 'x' };
const y = { name: 'y', x };
x.y = y;
console.log([x, y]);
const m = new Map();
m.set('me', m);
console.log(m);
