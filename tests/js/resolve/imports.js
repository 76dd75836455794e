// Package "imports" (#name), and self-reference by the package's own name.
function show(label, fn) {
  try {
    console.log(label, '->', fn());
  } catch (err) {
    console.log(label, '!!', err.code, err.message.split(__dirname).join('<dir>'));
  }
}
show('#internal', () => require('#internal'));
show('#dep', () => require('#dep'));
show('#builtin', () => require('#builtin') === require('path'));
show('#pattern', () => require('#pattern/one'));
show('#cond', () => require('#cond'));
show('#missing', () => require('#missing'));
show('#', () => require('#'));
show('#outside', () => require('#outside'));
show('self', () => require('resolve-fixture'));
show('self sub', () => require('resolve-fixture/sub'));
show('self hidden', () => require('resolve-fixture/hidden.js'));
import('#cond').then((ns) => console.log('import #cond ->', ns.default));
import('#pattern/one').then((ns) => console.log('import #pattern ->', ns.default));
import('resolve-fixture/sub').then((ns) => console.log('import self ->', ns.default));
import('#nope').catch((err) => console.log('import #nope !!', err.code, err.message.split(__dirname).join('<dir>')));
