// copyFile in all three forms; COPYFILE_EXCL and errors.
const { fs, join, attempt, show } = require('./tmp.helper.cjs');

fs.writeFileSync(join('src'), 'source data');
fs.mkdirSync(join('dir'));
attempt('copy', () => fs.copyFileSync(join('src'), join('dst')));
console.log(fs.readFileSync(join('dst'), 'utf8'));
fs.writeFileSync(join('src'), 'changed');
attempt('copy over', () => fs.copyFileSync(join('src'), join('dst')));
console.log(fs.readFileSync(join('dst'), 'utf8'));
attempt('excl', () => fs.copyFileSync(join('src'), join('dst'), fs.constants.COPYFILE_EXCL));
attempt('missing', () => fs.copyFileSync(join('nope'), join('x')));
attempt('dir src', () => fs.copyFileSync(join('dir'), join('x')));
attempt('dir dst', () => fs.copyFileSync(join('src'), join('dir')));
attempt('bad mode', () => fs.copyFileSync(join('src'), join('x'), 8));
attempt('bad mode type', () => fs.copyFileSync(join('src'), join('x'), 'r'));
attempt('bad dest', () => fs.copyFileSync(join('src'), 1));
attempt('ficlone', () => fs.copyFileSync(join('src'), join('clone'), fs.constants.COPYFILE_FICLONE));
console.log(fs.readFileSync(join('clone'), 'utf8'));
const big = Buffer.alloc(200000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
fs.writeFileSync(join('big'), big);
fs.copyFileSync(join('big'), join('big2'));
console.log(fs.readFileSync(join('big2')).equals(big));
fs.copyFile(join('src'), join('cb'), (err) => {
  console.log('cb', err, fs.readFileSync(join('cb'), 'utf8'));
  fs.copyFile(join('src'), join('cb'), fs.constants.COPYFILE_EXCL, (err) => {
    show('cb excl', err);
    fs.promises.copyFile(join('src'), join('p')).then(async () => {
      console.log('p', fs.readFileSync(join('p'), 'utf8'));
      try { await fs.promises.copyFile(join('nope'), join('p')); } catch (e) { show('p missing', e); }
    });
  });
});
