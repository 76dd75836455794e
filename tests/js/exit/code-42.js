// process.exit(42) ends the process with status 42; nothing after it runs.
console.log('exiting with 42');
setTimeout(() => console.log('timer (should not run)'), 0);
process.exit(42);
console.log('not reached');
