// An uncaughtException handler that itself throws: exit status 7.
process.on('uncaughtException', () => {
  console.log('handler runs');
  throw new Error('from the handler');
});
throw new Error('original');
