// Death by signal: the recorded status is 128 + signal number (SIGTERM: 15,
// so 143). Output written before the signal is kept.
console.log('sending SIGTERM to myself');
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('not reached'), 100);
