// process.exit(-1) gives status 255.
console.log('exiting with -1');
process.exit(-1);
