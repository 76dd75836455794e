// path.parse and path.format round trips, posix and win32.
const path = require('path');
const posixCases = ['/home/user/dir/file.txt', 'file', '.bashrc', '/', '', 'a/b/', '/a/b.c.d', '..', '../x.tar.gz', '//double//slash.md', 'dir/.hidden.ext'];
for (const p of posixCases) {
  const parsed = path.posix.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(path.posix.format(parsed)));
}
const winCases = ['C:\\path\\dir\\file.txt', 'C:file', '\\\\server\\share\\f.js', 'C:\\', 'dir\\sub\\', '\\\\?\\C:\\x.y'];
for (const p of winCases) {
  const parsed = path.win32.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(path.win32.format(parsed)));
}
const formats = [
  { dir: '/a', base: 'b.txt' },
  { root: '/', name: 'n', ext: '.e' },
  { root: '/', name: 'n', ext: 'e' },
  { dir: 'x', name: 'n', ext: '.e', base: 'wins.txt' },
  { name: 'only' },
  {},
];
for (const f of formats) console.log(JSON.stringify(f), JSON.stringify(path.posix.format(f)), JSON.stringify(path.win32.format(f)));
