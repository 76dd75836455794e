// ReferenceError basics.
try {
  undefinedVariable;
} catch (e) {
  console.log(e instanceof ReferenceError, e.name, e.message);
}
try {
  // eslint-disable-next-line no-use-before-define
  tdz;
  let tdz = 1;
} catch (e) {
  console.log(e instanceof ReferenceError, e.name);
}
console.log(typeof notDefinedEither);
