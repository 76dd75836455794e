// stat/lstat/fstat through callbacks and promises.
const { fs, join, show } = require('./tmp.helper.cjs');

const f = join('a.txt');
fs.writeFileSync(f, 'abc');
fs.stat(f, (err, s) => {
  console.log('stat cb', err, s.size, s.isFile());
  fs.lstat(join('nope'), (err, s) => {
    show('lstat cb missing', err);
    console.log(s);
    fs.stat(f, { bigint: true }, (err, s) => {
      console.log('bigint cb', err, s.size);
      const fd = fs.openSync(f);
      fs.fstat(fd, (err, s) => {
        console.log('fstat cb', err, s.size);
        fs.closeSync(fd);
        fs.fstat(fd, (err) => {
          show('fstat closed', err);
          promises();
        });
      });
    });
  });
});
async function promises() {
  const s = await fs.promises.stat(f);
  console.log('stat p', s.size, s instanceof fs.Stats);
  const l = await fs.promises.lstat(f, { bigint: true });
  console.log('lstat p', l.size);
  try { await fs.promises.stat(join('missing')); } catch (e) { show('stat p missing', e); }
  try { await fs.promises.stat(7); } catch (e) { show('stat p type', e); }
}
try { fs.stat(f); } catch (e) { show('no cb', e); }
