// Typed arrays (ArrayBuffer formatting is in arraybuffer.js).
console.log(new Uint8Array([1, 2, 255]));
console.log(new Int16Array(3));
console.log(new Float64Array([1.5, -0, NaN]));
console.log(new BigInt64Array([1n, -1n]));
console.log(new Uint8ClampedArray(2), new Float32Array([0.1]));
console.log(new Uint8Array(200));
console.log({ ta: new Uint16Array([7, 8]) });
