// node:path (POSIX): every function, including edge cases and bad input.
const path = require('path');
const cases = [
  ['join', ['/a', 'b', '../c', './d']], ['join', []], ['join', ['', '']], ['join', ['a', '/b/']],
  ['resolve', ['/a/b', './c', '../d']], ['resolve', ['/x', '/y', 'z']],
  ['normalize', ['/a//b/../c/.']], ['normalize', ['']], ['normalize', ['./']], ['normalize', ['../../x/']],
  ['dirname', ['/a/b/c']], ['dirname', ['/a']], ['dirname', ['a']], ['dirname', ['/']], ['dirname', ['//a']],
  ['basename', ['/a/b.js']], ['basename', ['/a/b.js', '.js']], ['basename', ['/a/b/']], ['basename', ['b.js', 'b.js']],
  ['extname', ['a.b.c']], ['extname', ['.bashrc']], ['extname', ['a.']], ['extname', ['..']], ['extname', ['a/b']],
  ['relative', ['/a/b/c', '/a/d']], ['relative', ['/a', '/a']], ['relative', ['/', '/x/y']],
  ['isAbsolute', ['/x']], ['isAbsolute', ['x']], ['isAbsolute', ['']],
  ['parse', ['/home/u/file.txt']], ['parse', ['./a.b']], ['parse', ['/']], ['parse', ['a/']],
  ['format', [{ dir: '/x', base: 'y.js' }]], ['format', [{ root: '/', name: 'n', ext: 'e' }]],
];
for (const [fn, args] of cases) {
  console.log(fn, JSON.stringify(args), '->', JSON.stringify(path[fn](...args)));
}
console.log(path.sep, path.delimiter, path.posix === path);
for (const bad of [() => path.join(1), () => path.basename(null), () => path.format('x')]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
