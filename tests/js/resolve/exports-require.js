// require() through package.json "exports": conditions, patterns, arrays,
// null targets and the errors of each.
const path = require('path');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name));
function show(label, fn) {
  try {
    console.log(label, '->', fn());
  } catch (err) {
    console.log(label, '!!', err.code, err.message.split(__dirname).join('<dir>'));
  }
}
show('main', () => require('cond'));
show('feature', () => require('cond/feature'));
show('module-sync', () => require('cond/sync'));
show('array fallback', () => require('cond/array'));
show('nested conditions', () => require('cond/nested'));
show('pattern', () => require('cond/lib/a'));
show('json pattern', () => require('cond/data/d.json'));
show('package.json', () => require('cond/package.json').name);
show('sugar', () => require('sugar'));
show('scoped', () => require('@scope/pkg'));
show('resolve', () => path.relative(__dirname, require.resolve('cond/lib/a')));
show('null target', () => require('cond/null'));
show('null pattern', () => require('cond/lib/private/p'));
show('not exported', () => require('cond/nope'));
show('not exported file', () => require('cond/cjs.js'));
show('sugar subpath', () => require('sugar/main.js'));
show('outside package', () => require('cond/out'));
show('node_modules segment', () => require('cond/nm'));
show('missing target', () => require('cond/missing'));
show('pattern escape', () => require('cond/lib/../cjs'));
