// Failed requires: Node's message with the require stack, and its code.
const path = require('path');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'loaded?');
  } catch (err) {
    console.log(label, err.name, err.code);
    console.log(' ', err.message.split(__dirname).join('<dir>'));
    if (err.requireStack) console.log('  stack', err.requireStack.map((p) => path.relative(__dirname, p)));
  }
}
attempt('relative', () => require('./nope'));
attempt('nested', () => require('./fixtures/requires-missing'));
attempt('bare', () => require('no-such-package-anywhere'));
attempt('absolute', () => require('/no/such/file.js'));
attempt('unknown node:', () => require('node:nope'));
attempt('empty', () => require(''));
attempt('number', () => require(5));
attempt('resolve', () => require.resolve('./nope'));
attempt('no .mjs probing', () => require('./fixtures/only-mjs'));
attempt('dir without index', () => require('./fixtures'));
console.log('cache left clean', Object.keys(require.cache).length);
