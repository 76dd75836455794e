// console.assert prints to stderr only when the assertion fails; it never
// throws.
console.assert(true, 'not printed');
console.assert(1, 'not printed');
console.assert(false, 'printed with %s', 'format');
console.assert(0);
console.assert('', 'multiple', 'args', 3);
console.assert();
console.log('still running');
