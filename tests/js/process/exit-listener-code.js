// An explicit process.exit(n) passes n to 'exit' listeners, which run in
// registration order; 'beforeExit' is not emitted for an explicit exit.
process.on('beforeExit', () => console.log('beforeExit (should not run)'));
process.on('exit', (code) => console.log('A', code, process.exitCode));
process.on('exit', (code) => console.log('B', code));
console.log('calling exit(6)');
process.exit(6);
