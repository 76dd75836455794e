// fs.cp and fsPromises.cp: async filters and the asynchronous wording of
// errors.
const { fs, join, show } = require('./tmp.helper.cjs');

fs.mkdirSync(join('src', 'sub'), { recursive: true });
fs.writeFileSync(join('src', 'a'), 'A');
fs.writeFileSync(join('src', 'sub', 'b'), 'B');
fs.writeFileSync(join('file'), 'F');
fs.cp(join('src'), join('out'), { recursive: true }, (err) => {
  console.log('cb', err, fs.readdirSync(join('out'), { recursive: true }));
  fs.cp(join('src'), join('out2'), (err) => {
    show('cb no recursive', err);
    run();
  });
});
async function run() {
  await fs.promises.cp(join('src'), join('p'), {
    recursive: true,
    filter: async (s) => { await null; return !s.endsWith('b'); },
  });
  console.log('p filter', fs.readdirSync(join('p'), { recursive: true }));
  for (const [label, a, b, o] of [
    ['same', join('file'), join('file'), {}],
    ['self', join('src'), join('src', 'sub', 'x'), { recursive: true }],
    ['dir to file', join('src'), join('file'), { recursive: true }],
    ['file to dir', join('file'), join('src'), {}],
    ['missing', join('nope'), join('x'), {}],
    ['exists', join('file'), join('src', 'a'), { force: false, errorOnExist: true }],
  ]) {
    try {
      await fs.promises.cp(a, b, o);
      console.log(label, 'ok');
    } catch (e) {
      show(label, e);
    }
  }
  try { await fs.promises.cp(join('file'), join('y'), { filter: 1 }); } catch (e) { show('bad filter', e); }
  try { fs.cp(join('file'), join('y')); } catch (e) { show('no cb', e); }
}
