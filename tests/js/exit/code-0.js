// process.exit(0) ends the process with status 0; nothing after it runs.
console.log('exiting with 0');
setTimeout(() => console.log('timer (should not run)'), 0);
process.exit(0);
console.log('not reached');
