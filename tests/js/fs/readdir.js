// readdirSync: sorted names, withFileTypes (Dirent), recursive, encodings.
const { fs, join, path, attempt, hide } = require('./tmp.helper.cjs');

fs.mkdirSync(join('d', 'sub', 'deep'), { recursive: true });
for (const n of ['b.txt', 'a.txt', 'C.txt', '10', '9']) fs.writeFileSync(join('d', n), n);
fs.writeFileSync(join('d', 'sub', 'x.js'), 'x');
fs.writeFileSync(join('d', 'sub', 'deep', 'y'), 'y');
fs.symlinkSync('a.txt', join('d', 'link'));
console.log(fs.readdirSync(join('d')));
console.log(fs.readdirSync(join('d'), 'utf8'));
console.log(fs.readdirSync(join('d'), { encoding: 'buffer' })[0]);
console.log(fs.readdirSync(join('d'), { encoding: 'hex' })[0]);
const ents = fs.readdirSync(join('d'), { withFileTypes: true });
for (const e of ents) {
  console.log(e.name, e instanceof fs.Dirent, e.isFile(), e.isDirectory(), e.isSymbolicLink(), hide(e.parentPath), hide(e.path));
}
console.log(Object.keys(ents[0]));
console.log(fs.readdirSync(join('d'), { recursive: true }));
console.log(fs.readdirSync(join('d'), { recursive: true, withFileTypes: true }).map((e) => `${hide(e.parentPath)}|${e.name}|${e.isDirectory()}`));
console.log(fs.readdirSync(join('d', 'sub', 'deep')));
fs.mkdirSync(join('empty'));
console.log(fs.readdirSync(join('empty')), fs.readdirSync(join('empty'), { recursive: true }));
process.chdir === undefined || console.log(typeof process.chdir);
attempt('missing', () => fs.readdirSync(join('nope')));
attempt('file', () => fs.readdirSync(join('d', 'a.txt')));
attempt('bad options', () => fs.readdirSync(join('d'), 3));
attempt('bad encoding', () => fs.readdirSync(join('d'), 'zz'));
attempt('bad path', () => fs.readdirSync({}));
console.log(fs.readdirSync('fixtures'), fs.readdirSync('./fixtures/tree', { recursive: true }));
console.log(path.basename(fs.readdirSync(new URL(`file://${join('d', 'sub')}`))[0]));
