// An exception thrown in a nextTick callback.
process.nextTick(() => {
  throw new Error('from nextTick');
});
console.log('sync end');
