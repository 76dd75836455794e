// process.exit() inside an 'exit' listener: ends at once with the new code;
// later listeners do not run.
process.on('exit', (code) => {
  console.log('first listener', code);
  process.exit(4);
  console.log('not reached');
});
process.on('exit', () => {
  console.log('second listener (should not run)');
});
console.log('main');
