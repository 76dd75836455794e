// With an 'unhandledRejection' listener, a later catch emits
// 'rejectionHandled' with the promise.
const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason.message, promise === p);
});
process.on('rejectionHandled', (promise) => {
  console.log('rejectionHandled', promise === p);
});
setTimeout(() => {
  p.catch((e) => console.log('caught', e.message));
}, 1);
process.on('exit', (code) => console.log('exit', code));
