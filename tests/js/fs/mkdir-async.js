// mkdir through callbacks and promises.
const { fs, join, show, hide } = require('./tmp.helper.cjs');

fs.mkdir(join('a'), (err, r) => {
  console.log('cb', err, r);
  fs.mkdir(join('a'), (err) => {
    show('cb exists', err);
    fs.mkdir(join('a', 'b', 'c'), { recursive: true }, (err, first) => {
      console.log('cb recursive', err, hide(first));
      fs.mkdir(join('a', 'b'), { recursive: true }, (err, first) => {
        console.log('cb recursive existing', err, first);
        promises();
      });
    });
  });
});
async function promises() {
  console.log('p', await fs.promises.mkdir(join('p')));
  console.log('p rec', hide(await fs.promises.mkdir(join('p', 'q', 'r'), { recursive: true })));
  try { await fs.promises.mkdir(join('p')); } catch (e) { show('p exists', e); }
  try { await fs.promises.mkdir(join('z', 'y')); } catch (e) { show('p missing', e); }
  try { await fs.promises.mkdir(join('p2'), { mode: {} }); } catch (e) { show('p bad mode', e); }
}
try { fs.mkdir(join('q')); } catch (e) { show('no cb', e); }
