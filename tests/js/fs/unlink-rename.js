// unlinkSync and renameSync (files, directories, over existing targets).
const { fs, join, attempt } = require('./tmp.helper.cjs');

fs.writeFileSync(join('a'), 'A');
fs.writeFileSync(join('b'), 'B');
fs.mkdirSync(join('dir'));
fs.mkdirSync(join('dir2'));
fs.writeFileSync(join('dir2', 'x'), '');
attempt('rename', () => fs.renameSync(join('a'), join('c')));
console.log(fs.existsSync(join('a')), fs.readFileSync(join('c'), 'utf8'));
attempt('rename over', () => fs.renameSync(join('c'), join('b')));
console.log(fs.readFileSync(join('b'), 'utf8'));
attempt('rename missing', () => fs.renameSync(join('nope'), join('zz')));
attempt('rename into missing dir', () => fs.renameSync(join('b'), join('nodir', 'b')));
attempt('rename file over dir', () => fs.renameSync(join('b'), join('dir')));
attempt('rename dir over file', () => fs.renameSync(join('dir'), join('b')));
attempt('rename dir over non-empty dir', () => fs.renameSync(join('dir'), join('dir2')));
attempt('rename dir', () => fs.renameSync(join('dir'), join('moved')));
attempt('rename bad', () => fs.renameSync(join('b')));
attempt('unlink', () => fs.unlinkSync(join('b')));
attempt('unlink again', () => fs.unlinkSync(join('b')));
attempt('unlink dir', () => fs.unlinkSync(join('moved')));
attempt('unlink bad', () => fs.unlinkSync(false));
console.log(fs.readdirSync(join()));
fs.rename(join('moved'), join('back'), (err) => {
  console.log('rename cb', err, fs.existsSync(join('back')));
  fs.rename(join('nope'), join('x'), (err) => {
    console.log('rename cb missing', err.code, err.message.replaceAll(require('./tmp.helper.cjs').tmp, '<TMP>'));
    fs.promises.rename(join('back'), join('again')).then((r) => {
      console.log('rename p', r, fs.readdirSync(join()));
    });
  });
});
