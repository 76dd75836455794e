// An unref'd immediate alone does not keep the process alive.
setImmediate(() => console.log('unref immediate (should not run)')).unref();
process.on('exit', () => console.log('exit'));
console.log('main');
