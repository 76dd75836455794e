// cpSync: files, recursive trees, symlinks, force/errorOnExist, filter,
// and Node's cpSync errors.
const { fs, join, attempt, hide } = require('./tmp.helper.cjs');

fs.mkdirSync(join('src', 'inner', 'deep'), { recursive: true });
fs.writeFileSync(join('src', 'a.txt'), 'A');
fs.writeFileSync(join('src', 'inner', 'b.txt'), 'B');
fs.writeFileSync(join('src', 'inner', 'deep', 'c.log'), 'C');
fs.symlinkSync('a.txt', join('src', 'ln'));
attempt('file', () => fs.cpSync(join('src', 'a.txt'), join('copy.txt')));
console.log(fs.readFileSync(join('copy.txt'), 'utf8'));
attempt('file into new dirs', () => fs.cpSync(join('src', 'a.txt'), join('n1', 'n2', 'a.txt')));
console.log(fs.existsSync(join('n1', 'n2', 'a.txt')));
attempt('dir without recursive', () => fs.cpSync(join('src'), join('out')));
attempt('dir', () => fs.cpSync(join('src'), join('out'), { recursive: true }));
console.log(fs.readdirSync(join('out'), { recursive: true }));
console.log(fs.lstatSync(join('out', 'ln')).isSymbolicLink(), hide(fs.readlinkSync(join('out', 'ln'))));
attempt('verbatim', () => fs.cpSync(join('src'), join('out2'), { recursive: true, verbatimSymlinks: true }));
console.log(fs.readlinkSync(join('out2', 'ln')));
attempt('filter', () => fs.cpSync(join('src'), join('out3'), {
  recursive: true,
  filter: (s) => !s.endsWith('.log'),
}));
console.log(fs.readdirSync(join('out3'), { recursive: true }));
fs.writeFileSync(join('out', 'a.txt'), 'modified');
attempt('force false', () => fs.cpSync(join('src', 'a.txt'), join('out', 'a.txt'), { force: false }));
console.log(fs.readFileSync(join('out', 'a.txt'), 'utf8'));
attempt('errorOnExist', () => fs.cpSync(join('src', 'a.txt'), join('out', 'a.txt'), { force: false, errorOnExist: true }));
attempt('force', () => fs.cpSync(join('src', 'a.txt'), join('out', 'a.txt')));
console.log(fs.readFileSync(join('out', 'a.txt'), 'utf8'));
attempt('same', () => fs.cpSync(join('src', 'a.txt'), join('src', 'a.txt')));
attempt('into self', () => fs.cpSync(join('src'), join('src', 'inner', 'x'), { recursive: true }));
attempt('dir to file', () => fs.cpSync(join('src'), join('copy.txt'), { recursive: true }));
attempt('file to dir', () => fs.cpSync(join('copy.txt'), join('out')));
attempt('missing', () => fs.cpSync(join('nope'), join('x')));
attempt('async filter', () => fs.cpSync(join('src', 'a.txt'), join('y'), { filter: async () => true }));
attempt('bad filter', () => fs.cpSync(join('src', 'a.txt'), join('y'), { filter: 'x' }));
attempt('bad options', () => fs.cpSync(join('src', 'a.txt'), join('y'), 'x'));
attempt('bad force', () => fs.cpSync(join('src', 'a.txt'), join('y'), { force: 1 }));
attempt('timestamps', () => {
  fs.utimesSync(join('src', 'a.txt'), 1000, 2000);
  fs.cpSync(join('src', 'a.txt'), join('ts.txt'), { preserveTimestamps: true });
  return fs.statSync(join('ts.txt')).mtimeMs;
});
