// Null-prototype objects print [Object: null prototype].
const o = Object.create(null);
o.a = 1;
console.log(o);
console.log(Object.create(null));
console.log({ inner: Object.assign(Object.create(null), { b: 2 }) });
const arr = Object.setPrototypeOf([1, 2], null);
console.log(arr);
