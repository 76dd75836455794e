// Throwing inside then() rejects the derived promise; nobody handles it.
console.log('start');
Promise.resolve(1).then((v) => {
  console.log('then got', v);
  throw new Error('thrown in then');
});
setTimeout(() => console.log('timer (should not run)'), 5);
