// console.trace prints "Trace: msg" and a stack to stderr.
function inner() {
  console.trace('from inner', 42);
}
function outer() {
  inner();
}
outer();
console.trace();
console.log('stdout after');
