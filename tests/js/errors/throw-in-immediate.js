// An exception thrown in setImmediate.
setImmediate(() => {
  throw new TypeError('from an immediate');
});
