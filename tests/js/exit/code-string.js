// An integer string is accepted: process.exit('3') exits with 3.
console.log('exiting with "3"');
process.exit('3');
