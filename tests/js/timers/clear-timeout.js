// clearTimeout before firing, from another timer, twice, after firing, and
// with junk arguments.
const a = setTimeout(() => console.log('a (cleared, should not run)'), 5);
clearTimeout(a);
const b = setTimeout(() => console.log('b (cleared by c, should not run)'), 150);
setTimeout(() => { console.log('c clears b'); clearTimeout(b); }, 40);
const d = setTimeout(() => {
  console.log('d ran');
  clearTimeout(d); // after firing: no-op
}, 1);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(12345678);
clearTimeout({});
clearTimeout('nope');
clearTimeout(a); // twice
// clearInterval and clearTimeout are interchangeable.
const e = setTimeout(() => console.log('e (cleared by clearInterval)'), 1);
clearInterval(e);
setTimeout(() => console.log('done'), 80);
