// console.count / countReset.
console.count();
console.count();
console.count('x');
console.count('x');
console.count('default');
console.countReset('x');
console.count('x');
console.countReset();
console.count();
console.count(undefined);
console.count(1);
console.count('1');
