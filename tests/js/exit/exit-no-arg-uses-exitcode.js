// process.exit() with no argument uses process.exitCode.
process.exitCode = 12;
console.log('exitCode set to 12');
process.exit();
