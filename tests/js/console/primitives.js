// How primitives print inside and outside containers.
console.log('string', 42, 3.14, -0, 0, NaN, Infinity, -Infinity, true, null, undefined);
console.log(10n, -5n, Symbol(), Symbol('desc'), Symbol.iterator);
console.log(['string', 42, -0, NaN, 10n, Symbol('s'), null, undefined, true]);
console.log({ s: 'str', n: -0, b: 1n, u: undefined, nul: null, sym: Symbol('x') });
console.log(1e21, 1e-7, 0.1 + 0.2, 2 ** 53, -1e-300);
console.log([1e21, 123456789012345680000]);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON);
