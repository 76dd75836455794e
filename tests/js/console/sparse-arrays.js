// Holes in arrays.
console.log([1, , 3]);
console.log([, , ,]);
console.log(new Array(5));
const a = [1, 2];
a[10] = 11;
console.log(a);
const b = [];
b[2] = 'x';
b.prop = 'p';
console.log(b);
console.log([undefined, , null]);
const c = [1, 2, 3];
c[-1] = 'neg';
console.log(c);
