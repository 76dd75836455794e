// Unbounded recursion throws a catchable RangeError.
function recurse(n) {
  return recurse(n + 1) + 1;
}
try {
  recurse(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name);
  console.log(e.message);
}
// The runtime is usable afterwards.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log('depth 1000', depth(1000));
