// Node globals that scripts rely on.
// (Web-platform globals such as Buffer, URL or TextEncoder are left out for
// now.)
const names = ['global', 'globalThis', 'process', 'console', 'setTimeout', 'clearTimeout',
  'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask'];
for (const n of names) console.log(n, typeof globalThis[n]);
console.log('global === globalThis', global === globalThis);
console.log('window', typeof window, 'self', typeof self === 'undefined' ? 'undefined' : 'defined');
console.log('require is not a global', typeof globalThis.require);
console.log('module is not a global', typeof globalThis.module);
