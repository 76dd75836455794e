// rmSync and rmdirSync: recursive, force, and their errors.
const { fs, join, attempt } = require('./tmp.helper.cjs');

function tree() {
  fs.mkdirSync(join('t', 'a', 'b'), { recursive: true });
  fs.writeFileSync(join('t', 'f'), '1');
  fs.writeFileSync(join('t', 'a', 'g'), '2');
  fs.writeFileSync(join('t', 'a', 'b', 'h'), '3');
  fs.symlinkSync('f', join('t', 'ln'));
}
tree();
attempt('rm dir', () => fs.rmSync(join('t')));
attempt('rm missing', () => fs.rmSync(join('nope')));
attempt('rm missing force', () => fs.rmSync(join('nope'), { force: true }));
attempt('rm missing deep force', () => fs.rmSync(join('nope', 'x'), { force: true }));
attempt('rm file', () => fs.rmSync(join('t', 'f')));
attempt('rm link', () => fs.rmSync(join('t', 'ln')));
console.log(fs.readdirSync(join('t')));
attempt('rm recursive', () => fs.rmSync(join('t'), { recursive: true }));
console.log(fs.existsSync(join('t')));
tree();
attempt('rmdir not empty', () => fs.rmdirSync(join('t')));
attempt('rmdir file', () => fs.rmdirSync(join('t', 'f')));
attempt('rmdir missing', () => fs.rmdirSync(join('nope')));
attempt('rmdir empty', () => fs.rmdirSync(join('t', 'a', 'b'), { recursive: false }) || fs.rmdirSync(join('t', 'a', 'b')));
fs.mkdirSync(join('e'));
attempt('rmdir empty ok', () => fs.rmdirSync(join('e')));
attempt('rm bad force', () => fs.rmSync(join('t'), { force: 'yes' }));
attempt('rm bad recursive', () => fs.rmSync(join('t'), { recursive: 1 }));
attempt('rm bad options', () => fs.rmSync(join('t'), 'x'));
attempt('rm force recursive', () => fs.rmSync(join('t'), { force: true, recursive: true }));
console.log(fs.readdirSync(join()));
