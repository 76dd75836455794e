// The 'exit' listener gets the code; setting process.exitCode in it changes
// the final exit status.
process.on('exit', (code) => {
  console.log('exit listener got', code, 'exitCode', process.exitCode);
  process.exitCode = 9;
});
process.exitCode = 3;
console.log('end of script');
