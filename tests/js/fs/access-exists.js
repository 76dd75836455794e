// access/accessSync, existsSync, and the deprecated fs.exists.
const { fs, join, attempt, show } = require('./tmp.helper.cjs');

process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
fs.writeFileSync(join('f'), '');
attempt('access', () => fs.accessSync(join('f')));
attempt('access R_OK', () => fs.accessSync(join('f'), fs.constants.R_OK));
attempt('access W_OK', () => fs.accessSync(join('f'), fs.constants.W_OK));
attempt('access R|W', () => fs.accessSync(join('f'), fs.constants.R_OK | fs.constants.W_OK));
attempt('access missing', () => fs.accessSync(join('nope')));
attempt('access bad mode', () => fs.accessSync(join('f'), 8));
attempt('access bad mode type', () => fs.accessSync(join('f'), 'r'));
attempt('access fixture read', () => fs.accessSync('fixtures/hello.txt', fs.constants.R_OK));
console.log(fs.existsSync(join('f')), fs.existsSync(join('nope')), fs.existsSync(join()));
console.log(fs.existsSync(), fs.existsSync(null), fs.existsSync(123), fs.existsSync({}), fs.existsSync('a\u0000b'));
console.log(fs.existsSync(Buffer.from(join('f'))), fs.existsSync(new URL(`file://${join('f')}`)));
console.log(fs.existsSync(join('f', 'x')), fs.existsSync('fixtures'));
fs.exists(join('f'), (a) => {
  console.log('exists cb', a);
  fs.exists(join('nope'), (b) => {
    console.log('exists cb missing', b);
    fs.access(join('nope'), (err) => {
      show('access cb', err);
      fs.access(join('f'), fs.constants.F_OK, (err) => {
        console.log('access cb ok', err);
        fs.promises.access(join('f')).then((r) => {
          console.log('p', r);
          return fs.promises.access(join('nope'));
        }).catch((e) => show('p missing', e));
      });
    });
  });
});
try { fs.exists(join('f')); } catch (e) { show('exists no cb', e); }
console.log('F_OK', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
