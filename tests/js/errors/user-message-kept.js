// Messages of errors a program creates are its own, even when they read
// like an engine message that sandnode rewrites to V8's wording.
class DatabaseError extends Error {}
const made = [
  new Error('division by zero'),
  new DatabaseError('division by zero'),
  new Error('stack overflow'),
  new Error('invalid array length'),
  new Error('unexpected end of input'),
  new Error("cannot read property 'x' of null"),
  new DatabaseError('not a function'),
];
for (const e of made) console.log(e.constructor.name, JSON.stringify(e.message), e.stack.split('\n')[0]);

// Engine-thrown errors still use V8's wording.
const thrown = [
  () => null.x,
  () => undefined.y = 1,
  () => new Array(-1),
  () => { const c = 1; c = 2; },
  () => (function f() { f(); })(),
  () => 1n / 0n,
  () => 1n % 0n,
];
for (const f of thrown) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.message);
  }
}
