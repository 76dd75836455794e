// console.warn/error write to stderr, in order with each other.
console.log('stdout 1');
console.warn('warn');
console.error('error', 1, { a: 1 });
console.log('stdout 2');
console.error();
console.warn('%s=%d', 'x', 5);
