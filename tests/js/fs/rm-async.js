// rm, rmdir and unlink through callbacks and promises.
const { fs, join, show } = require('./tmp.helper.cjs');

fs.mkdirSync(join('d', 'e'), { recursive: true });
fs.writeFileSync(join('d', 'e', 'f'), 'x');
fs.rm(join('d'), (err) => {
  show('rm dir cb', err);
  console.log(err.name, err.info && JSON.stringify(err.info).replaceAll(require('./tmp.helper.cjs').tmp, '<TMP>'));
  fs.rmdir(join('d'), (err) => {
    show('rmdir cb', err);
    fs.rm(join('d'), { recursive: true }, (err) => {
      console.log('rm recursive cb', err, fs.existsSync(join('d')));
      fs.unlink(join('nope'), (err) => {
        show('unlink cb', err);
        promises();
      });
    });
  });
});
async function promises() {
  fs.mkdirSync(join('p', 'q'), { recursive: true });
  try { await fs.promises.rm(join('p')); } catch (e) { show('p rm dir', e); }
  try { await fs.promises.rmdir(join('p')); } catch (e) { show('p rmdir', e); }
  console.log(await fs.promises.rm(join('p'), { recursive: true }));
  console.log(await fs.promises.rm(join('p'), { force: true }));
  try { await fs.promises.rm(join('p')); } catch (e) { show('p rm missing', e); }
  fs.writeFileSync(join('u'), '');
  console.log(await fs.promises.unlink(join('u')));
  try { await fs.promises.unlink(join('u')); } catch (e) { show('p unlink again', e); }
}
