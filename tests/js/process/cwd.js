// The runner starts each test in its own directory.
console.log('cwd type', typeof process.cwd());
console.log('cwd === __dirname', process.cwd() === __dirname);
console.log('cwd', process.cwd());
