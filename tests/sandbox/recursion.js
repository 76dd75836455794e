// Deep recursion is a catchable RangeError, then an uncaught one exits 1.
// sandnode-flags:
// exit: 1
// stderr: RangeError: Maximum call stack size exceeded
function down(n) {
  return down(n + 1) + 1;
}
try {
  down(0);
} catch (e) {
  console.log('caught', e.name, e.message);
}
const deep = (n) => [deep(n + 1)];
try {
  deep(0);
} catch (e) {
  console.log('caught', e.name);
}
down(0);
