// Handling the rejection in a later macrotask is too late in the default
// mode: the process dies at the end of the first microtask drain.
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch((e) => console.log('caught late (should not print):', e.message));
}, 1);
process.on('exit', (code) => console.log('exit', code));
console.log('sync end');
