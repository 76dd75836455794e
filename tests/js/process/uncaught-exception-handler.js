// An 'uncaughtException' listener gets (error, origin) and the process
// keeps running; the exit status stays 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin, '| is Error:', err instanceof Error);
});
setTimeout(() => {
  console.log('timer still runs');
  throw new Error('from timer');
}, 1);
process.on('exit', (code) => console.log('exit', code));
console.log('before throw');
throw new Error('top level');
