// process.exit(1) ends the process with status 1; nothing after it runs.
console.log('exiting with 1');
setTimeout(() => console.log('timer (should not run)'), 0);
process.exit(1);
console.log('not reached');
