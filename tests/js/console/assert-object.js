// golden: hand-written
// console.assert with a non-string first message argument. Node 22 prints
// "Assertion failed" followed by the formatted arguments; node 20 printed
// "Assertion failed: [object Object]". Goldens are Node 22's.
console.assert(null, { an: 'object' });
console.assert(false, 42, 'and more');
console.assert(0, ['x']);
console.log('still running');
