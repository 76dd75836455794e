// Functions and classes.
function named() {}
const anon = function () {};
const arrow = () => {};
async function asyncFn() {}
function* gen() {}
async function* agen() {}
class K {}
class Sub extends K {}
const bound = named.bind(null);
console.log(named, anon, arrow);
console.log(asyncFn, gen, agen);
console.log(K, Sub, class {});
console.log(bound);
console.log([named, K], { method() {}, arrow });
named.prop = 1;
console.log(named);
console.log(Math.max, Object, Symbol);
console.log(Object.assign(() => {}, { x: 1 }));
