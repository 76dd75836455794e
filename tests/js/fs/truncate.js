// truncate/ftruncate in every form, growing and shrinking.
const { fs, join, attempt, show } = require('./tmp.helper.cjs');

const f = join('t');
fs.writeFileSync(f, '0123456789');
attempt('shrink', () => fs.truncateSync(f, 4));
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
attempt('grow', () => fs.truncateSync(f, 6));
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
attempt('default', () => fs.truncateSync(f));
console.log(fs.statSync(f).size);
attempt('negative', () => fs.truncateSync(f, -5));
attempt('missing', () => fs.truncateSync(join('nope')));
attempt('dir', () => fs.truncateSync(join()));
attempt('bad len', () => fs.truncateSync(f, 'x'));
attempt('float len', () => fs.truncateSync(f, 1.5));
fs.writeFileSync(f, 'abcdef');
const fd = fs.openSync(f, 'r+');
attempt('ftruncate', () => fs.ftruncateSync(fd, 2));
console.log(fs.readFileSync(f, 'utf8'));
attempt('ftruncate bad fd', () => fs.ftruncateSync(4444, 1));
attempt('ftruncate bad len', () => fs.ftruncateSync(fd, 'x'));
const ro = fs.openSync(f, 'r');
attempt('ftruncate read-only', () => fs.ftruncateSync(ro, 0));
fs.closeSync(ro);
fs.ftruncate(fd, 1, (err) => {
  console.log('ftruncate cb', err, fs.readFileSync(f, 'utf8'));
  fs.closeSync(fd);
  fs.truncate(f, 0, (err) => {
    console.log('truncate cb', err, fs.statSync(f).size);
    fs.truncate(join('nope'), (err) => {
      show('truncate cb missing', err);
      (async () => {
        fs.writeFileSync(f, 'xyz');
        await fs.promises.truncate(f, 1);
        console.log('p', fs.readFileSync(f, 'utf8'));
        try { await fs.promises.truncate(join('nope')); } catch (e) { show('p missing', e); }
      })();
    });
  });
});
