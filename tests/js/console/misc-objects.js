// Assorted built-in objects.
console.log(Promise.resolve(42), new Promise(() => {}));
const rejected = Promise.reject(3);
rejected.catch(() => {});
console.log(rejected);
console.log(new Boolean(false), new Number(-0), new String('boxed'));
console.log(globalThis === global, typeof globalThis);
console.log(Math, JSON, Reflect);
console.log(new WeakRef({}));
console.log([new Number(1)], { s: new String('ab') });
console.log(Object.freeze({ frozen: true }));
console.log((function () { return arguments; })(1, 'two'));
