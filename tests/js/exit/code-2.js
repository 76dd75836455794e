// process.exit(2) ends the process with status 2; nothing after it runs.
console.log('exiting with 2');
setTimeout(() => console.log('timer (should not run)'), 0);
process.exit(2);
console.log('not reached');
