// Arrays longer than 100 items are truncated; number arrays are grouped
// into aligned columns.
console.log(Array.from({ length: 150 }, (_, i) => i));
console.log(Array.from({ length: 101 }, () => 'x'));
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 27 }, (_, i) => (i % 2 ? -i : i * 1.5)));
console.log(Array.from({ length: 10 }, (_, i) => `str${i}`));
console.log(Array.from({ length: 40 }, (_, i) => 'w'.repeat(i % 7)));
console.log(new Array(5).fill({ a: 1 }));
