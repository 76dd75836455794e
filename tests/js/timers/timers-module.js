// require('timers') exposes the same functions as the globals.
const timers = require('timers');
for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(k, typeof timers[k], timers[k] === globalThis[k]);
}
console.log('node: prefix', require('node:timers') === timers);
timers.setTimeout(() => console.log('via module'), 1);
