// A top-level await that never settles: exit code 13 and Node's warning.
process.on('exit', (code) => console.log('exit event', code));
console.log('before');
await new Promise(() => {});
console.log('never');
