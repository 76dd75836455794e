// require() of ES modules (Node 22): the namespace, __esModule for a
// default export, and the errors for top-level await and missing files.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.message.split(__dirname).join('<dir>')));
const named = require('./fixtures/esm-named.mjs');
console.log('named', named, Object.keys(named));
const withDefault = require('./fixtures/esm-default.mjs');
console.log('default', withDefault.default, withDefault.__esModule, withDefault.helper());
console.log('same', require('./fixtures/esm-named.mjs') === named);
try {
  require('./fixtures/esm-tla.mjs');
} catch (err) {
  console.log(err.code, err.message);
}
try {
  require('./fixtures/esm-missing-dep.mjs');
} catch (err) {
  console.log('missing dep', err.code, err.message.split(__dirname).join('<dir>'));
}
setImmediate(() => console.log('done'));
