// path.win32: drive letters, UNC roots, both separators; every function.
const path = require('path').win32;
const inputs = ['', 'C:', 'C:\\', 'C:\\a\\b', 'C:/a/b/', 'c:a\\b', '\\a\\b', '/a/b', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\f.txt', '//server/share/x', 'a\\b\\..\\c', '..\\..\\x', 'a\\', '.', '..', 'file.txt', '.bashrc', 'a.b.c', 'C:\\a\\..\\..\\b', '\\\\?\\C:\\x', 'C:foo.txt', '\\\\server', '\\\\\\a'];
const out = [];
for (const p of inputs) {
  out.push(['normalize', p, path.normalize(p)]);
  out.push(['isAbsolute', p, path.isAbsolute(p)]);
  out.push(['dirname', p, path.dirname(p)]);
  out.push(['basename', p, path.basename(p)]);
  out.push(['extname', p, path.extname(p)]);
  out.push(['parse', p, path.parse(p)]);
}
const joins = [['a', 'b'], ['C:', 'a'], ['\\\\server', 'share'], ['//server', 'share', 'x'], ['', ''], ['a', '..', '..'], ['C:\\', '..'], ['\\', 'a'], ['\\\\', 'a'], ['///a', 'b']];
for (const j of joins) out.push(['join', j, path.join(...j)]);
const resolves = [['C:\\a', 'b'], ['C:\\a', 'D:\\b'], ['C:\\a', '\\b'], ['\\\\s\\sh\\x', '..\\y'], ['C:\\a\\b', '..', 'c'], ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\']];
for (const r of resolves) out.push(['resolve', r, path.resolve(...r)]);
const rels = [['C:\\a\\b', 'C:\\a\\c'], ['C:\\a', 'D:\\b'], ['c:\\A\\b', 'C:\\a\\b\\c'], ['\\\\s\\sh\\a', '\\\\s\\sh\\b'], ['C:\\', 'C:\\x\\y']];
for (const r of rels) out.push(['relative', r, path.relative(...r)]);
out.push(['format', path.format({ root: 'C:\\', dir: 'C:\\x', base: 'y.txt' })]);
out.push(['toNamespacedPath', path.toNamespacedPath('C:\\a'), path.toNamespacedPath('\\\\s\\sh\\x'), path.toNamespacedPath('')]);
out.push([path.sep, path.delimiter, path.win32 === path, require('path/win32') === path, require('path/posix') === require('path').posix]);
for (const row of out) console.log(JSON.stringify(row));
