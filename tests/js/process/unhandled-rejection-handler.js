// 'unhandledRejection' listener gets (reason, promise); the process is not
// killed.
let p1;
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason,
    '| promise is Promise:', promise instanceof Promise, '| same:', promise === p1 || promise === p2);
});
p1 = Promise.reject(new Error('first'));
const p2 = new Promise((_, reject) => reject('second (a string)'));
setTimeout(() => console.log('timer runs'), 1);
process.on('exit', (code) => console.log('exit', code));
