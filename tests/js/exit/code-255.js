// process.exit(255) ends the process with status 255; nothing after it runs.
console.log('exiting with 255');
setTimeout(() => console.log('timer (should not run)'), 0);
process.exit(255);
console.log('not reached');
