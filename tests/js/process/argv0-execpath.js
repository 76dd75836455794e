// argv0, execPath and execArgv: only their shapes are portable.
console.log('argv0', typeof process.argv0, process.argv0.length > 0);
console.log('execPath', typeof process.execPath, process.execPath.length > 0);
console.log('execArgv', Array.isArray(process.execArgv), process.execArgv.length);
