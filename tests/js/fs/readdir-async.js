// readdir through callbacks and promises.
const { fs, join, show, hide } = require('./tmp.helper.cjs');

fs.mkdirSync(join('d', 's'), { recursive: true });
fs.writeFileSync(join('d', 'f1'), '');
fs.writeFileSync(join('d', 's', 'f2'), '');
fs.readdir(join('d'), (err, names) => {
  console.log('cb', err, names);
  fs.readdir(join('d'), { withFileTypes: true }, (err, ents) => {
    console.log('cb types', ents.map((e) => [e.name, e.isDirectory()]));
    fs.readdir(join('nope'), (err, names) => {
      show('cb missing', err);
      console.log(names);
      promises();
    });
  });
});
async function promises() {
  console.log('p', await fs.promises.readdir(join('d')));
  console.log('p rec', await fs.promises.readdir(join('d'), { recursive: true }));
  console.log('p types', (await fs.promises.readdir(join('d'), { withFileTypes: true })).map((e) => `${e.name}:${hide(e.parentPath)}`));
  try { await fs.promises.readdir(join('d', 'f1')); } catch (e) { show('p file', e); }
}
