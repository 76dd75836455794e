// Default mode (throw): an unhandled rejection with an Error is printed like
// an uncaught exception and the process exits with status 1.
setTimeout(() => console.log('timer (should not run)'), 1);
process.on('exit', (code) => console.log('exit', code));
console.log('before');
Promise.reject(new Error('nobody handles me'));
console.log('after (still sync)');
