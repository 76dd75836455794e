// resolve, relative, normalize and join edge cases (posix; the working
// directory is this test's directory, printed as <cwd>).
const path = require('path');
const cwd = process.cwd();
const show = (label, v) => console.log(label, JSON.stringify(typeof v === 'string' ? v.split(cwd).join('<cwd>') : v));
show('resolve()', path.resolve());
show('resolve rel', path.resolve('a/b', '../c'));
show('resolve abs wins', path.resolve('/x', 'y', '/z', 'w'));
show('resolve dots', path.resolve('/a/./b/../../..'));
show('resolve trailing', path.resolve('/a/b/'));
show('resolve empty parts', path.resolve('', '/a', ''));
for (const [from, to] of [['/a/b/c', '/a/d'], ['/a', '/a'], ['/a/b', '/a/b/c/d'], ['/', '/x'], ['/x/y', '/'], ['a', 'b'], ['', ''], ['/foo/bar', '/foo/barbaz']]) {
  show(`relative ${from} ${to}`, path.relative(from, to));
}
for (const p of ['', '.', './', '/..', 'a//b', 'a/b/../../..', '/a/b/./c/', '../../x', 'a/./b/.']) show(`normalize ${p}`, path.normalize(p));
show('join none', path.join());
show('join empty', path.join('', ''));
show('join', path.join('/a', '', 'b/', '../c', './d'));
show('isAbsolute', ['/', 'a', '', './a', '//x'].map((p) => path.isAbsolute(p)));
show('sep delimiter', [path.sep, path.delimiter, path.posix.sep, path.win32.sep, path.win32.delimiter]);
show('same objects', [path.posix === path, path.win32.posix === path.posix, path.posix.win32 === path.win32]);
show('extname', ['a.', '.a', 'a.b.', 'a..', '.', '..', 'a/.b', 'a.b/c'].map((p) => path.extname(p)));
show('basename ext', [path.basename('a.js', '.js'), path.basename('.js', '.js'), path.basename('a.js', 'js'), path.basename('/a/b/', 'b'), path.basename('aaa', 'a')]);
