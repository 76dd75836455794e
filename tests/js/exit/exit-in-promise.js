// process.exit inside a promise reaction.
Promise.resolve().then(() => {
  console.log('exiting from a microtask');
  process.exit(8);
}).then(() => console.log('next reaction (should not run)'));
