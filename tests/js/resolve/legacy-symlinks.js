// Packages without "exports": main, subpaths, index probing; symlinked
// packages resolve to their real paths; malformed package.json files.
const path = require('path');
function show(label, fn) {
  try {
    console.log(label, '->', fn());
  } catch (err) {
    console.log(label, '!!', err.code, err.message.split(__dirname).join('<dir>'));
  }
}
show('legacy', () => require('legacy'));
show('legacy subpath', () => require('legacy/lib/other'));
show('legacy dir slash', () => require('legacy/lib/'));
show('no-main', () => require('no-main'));
show('linked', () => require('linked'));
show('linked resolve', () => path.relative(__dirname, require.resolve('linked')));
show('linked cache key', () => Object.keys(require.cache).some((k) => k.includes('packages/linked-real')));
show('bad json', () => require('bad-json'));
show('mixed keys', () => require('mixed'));
import('linked').then((ns) => console.log('import linked ->', ns.default));
import('bad-json').catch((err) => console.log('import bad-json !!', err.code, err.message.split(__dirname).join('<dir>')));
// A pnpm layout: node_modules/pnpm-a links into .pnpm, and its dependency
// is found next to its real path, not next to the link.
show('pnpm', () => require('pnpm-a'));
show('pnpm real path', () => path.relative(__dirname, require.resolve('pnpm-a')));
show('pnpm dep not hoisted', () => require('pnpm-b'));
