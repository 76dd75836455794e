// clearImmediate, including from an earlier immediate in the same queue.
const a = setImmediate(() => console.log('a (cleared)'));
clearImmediate(a);
setImmediate(() => {
  console.log('b clears c');
  clearImmediate(c);
});
const c = setImmediate(() => console.log('c (cleared by b, should not run)'));
setImmediate(() => console.log('d'));
clearImmediate(undefined);
clearImmediate(null);
clearImmediate({});
console.log('immediate type', typeof a, a.constructor.name);
