// process.exitCode is used as the exit status when the loop ends normally.
process.exitCode = 5;
console.log('exitCode is', process.exitCode);
setTimeout(() => {
  console.log('still running, exitCode', process.exitCode);
}, 1);
