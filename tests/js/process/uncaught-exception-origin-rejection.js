// Without an 'unhandledRejection' listener, an unhandled rejection reaches
// 'uncaughtException' with origin 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err instanceof Error ? err.message : err, '| origin:', origin);
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('rejected'));
console.log('sync end');
