// With an uncaughtException handler, exitCode decides the status.
process.exitCode = 5;
process.on('uncaughtException', (e) => console.log('handled:', e.message));
process.on('exit', (code) => console.log('exit listener code', code));
throw new Error('handled one');
