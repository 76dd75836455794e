// symlink, readlink, lstat, link, realpath (+ .native), in all forms.
const { fs, join, attempt, show, hide } = require('./tmp.helper.cjs');

fs.mkdirSync(join('real', 'sub'), { recursive: true });
fs.writeFileSync(join('real', 'sub', 'file'), 'content');
attempt('symlink rel', () => fs.symlinkSync('real/sub', join('rel')));
attempt('symlink abs', () => fs.symlinkSync(join('real', 'sub', 'file'), join('abs')));
attempt('symlink dangling', () => fs.symlinkSync('nowhere', join('dangling')));
attempt('symlink exists', () => fs.symlinkSync('x', join('rel')));
attempt('symlink type', () => fs.symlinkSync('x', join('t'), 'dir'));
attempt('symlink bad type', () => fs.symlinkSync('x', join('t2'), 'folder'));
attempt('readlink rel', () => fs.readlinkSync(join('rel')));
attempt('readlink abs', () => fs.readlinkSync(join('abs')));
attempt('readlink buffer', () => fs.readlinkSync(join('rel'), 'buffer').toString());
attempt('readlink file', () => fs.readlinkSync(join('real', 'sub', 'file')));
attempt('readlink missing', () => fs.readlinkSync(join('nope')));
console.log(fs.lstatSync(join('rel')).isSymbolicLink(), fs.statSync(join('rel')).isDirectory());
console.log(fs.readFileSync(join('rel', 'file'), 'utf8'), fs.readFileSync(join('abs'), 'utf8'));
attempt('stat dangling', () => fs.statSync(join('dangling')));
console.log(fs.lstatSync(join('dangling')).isSymbolicLink());
attempt('realpath', () => fs.realpathSync(join('rel', 'file')));
attempt('realpath dots', () => fs.realpathSync(join('real', 'sub', '..', 'sub', '.', 'file')));
attempt('realpath missing', () => fs.realpathSync(join('nope')));
attempt('realpath dangling', () => fs.realpathSync(join('dangling')));
attempt('realpath native', () => fs.realpathSync.native(join('rel')));
attempt('realpath native missing', () => fs.realpathSync.native(join('nope')));
attempt('realpath buffer', () => Buffer.isBuffer(fs.realpathSync(join('rel'), { encoding: 'buffer' })));
attempt('realpath relative', () => fs.realpathSync('fixtures/../fixtures/hello.txt').endsWith('/fs/fixtures/hello.txt'));
attempt('link', () => fs.linkSync(join('real', 'sub', 'file'), join('hard')));
console.log(fs.statSync(join('hard')).nlink, fs.readFileSync(join('hard'), 'utf8'));
attempt('link exists', () => fs.linkSync(join('real', 'sub', 'file'), join('hard')));
attempt('link missing', () => fs.linkSync(join('nope'), join('h2')));
fs.symlinkSync('loop2', join('loop1'));
fs.symlinkSync('loop1', join('loop2'));
attempt('loop', () => fs.statSync(join('loop1')));
fs.symlink('real', join('cb'), (err) => {
  console.log('symlink cb', err);
  fs.readlink(join('cb'), (err, t) => {
    console.log('readlink cb', err, t);
    fs.realpath(join('cb'), (err, p) => {
      console.log('realpath cb', err, hide(p));
      fs.realpath.native(join('nope'), (err) => {
        show('realpath native cb', err);
        fs.link(join('nope'), join('x'), (err) => {
          show('link cb', err);
          promises();
        });
      });
    });
  });
});
async function promises() {
  await fs.promises.symlink('real', join('p'));
  console.log('p readlink', await fs.promises.readlink(join('p')));
  console.log('p realpath', hide(await fs.promises.realpath(join('p'))));
  await fs.promises.link(join('abs'), join('p2'));
  console.log('p link', fs.readFileSync(join('p2'), 'utf8'));
  try { await fs.promises.realpath(join('nope')); } catch (e) { show('p realpath', e); }
}
