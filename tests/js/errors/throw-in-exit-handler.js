// An exception thrown inside an 'exit' listener is reported like any
// uncaught exception; exit status 1.
process.on('exit', (code) => {
  console.log('exit listener, code', code);
  throw new Error('thrown in exit');
});
console.log('main');
