// With only unref'd timers the process exits right after the main script.
setTimeout(() => console.log('should not print'), 50).unref();
setInterval(() => console.log('should not print either'), 10).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
