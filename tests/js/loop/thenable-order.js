// Resolving with a thenable or a native promise takes extra jobs.
const log = [];
const p = Promise.resolve();
new Promise((r) => r(p)).then(() => log.push('resolved with promise'));
new Promise((r) => r({ then(f) { log.push('thenable.then called'); f(); } })).then(() => log.push('resolved with thenable'));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4'));
setTimeout(() => console.log(log.join('\n')), 0);
