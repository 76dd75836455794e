// 'uncaughtExceptionMonitor' sees the error but does not stop the crash.
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor:', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
throw new Error('monitored');
