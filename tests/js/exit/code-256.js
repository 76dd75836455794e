// Exit statuses wrap modulo 256: 256 becomes 0.
console.log('exiting with 256');
process.exit(256);
