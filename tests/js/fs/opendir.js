// opendir and Dir: readSync, read (callback and promise), async iteration,
// close, errors.
const { fs, join, attempt, show, hide } = require('./tmp.helper.cjs');

fs.mkdirSync(join('d', 'sub'), { recursive: true });
for (const n of ['a', 'b', 'c']) fs.writeFileSync(join('d', n), n);
const dir = fs.opendirSync(join('d'));
console.log(dir instanceof fs.Dir, hide(dir.path));
const names = [];
let e;
while ((e = dir.readSync()) !== null) names.push(`${e.name}:${e.isDirectory()}:${hide(e.parentPath)}`);
console.log(names.sort());
console.log(dir.readSync());
dir.closeSync();
attempt('read closed', () => dir.readSync());
attempt('close closed', () => dir.closeSync());
attempt('missing', () => fs.opendirSync(join('nope')));
attempt('file', () => fs.opendirSync(join('d', 'a')));
attempt('bad path', () => fs.opendirSync(3));
attempt('bad bufferSize', () => fs.opendirSync(join('d'), { bufferSize: 0 }));
const d2 = fs.opendirSync(join('d'));
d2.read((err, ent) => {
  console.log('read cb', err, typeof ent.name);
  d2.close((err) => {
    console.log('close cb', err);
    d2.close((err) => {
      show('close cb twice', err);
      fs.opendir(join('d'), async (err, d3) => {
        console.log('opendir cb', err);
        const seen = [];
        for await (const ent of d3) seen.push(ent.name);
        console.log('iterated', seen.sort());
        try { await d3.close(); } catch (err2) { show('close after iteration', err2); }
        const d4 = await fs.promises.opendir(join('d'), { recursive: true });
        const all = [];
        for (let ent = await d4.read(); ent !== null; ent = await d4.read()) all.push(ent.name);
        console.log('recursive', all.sort());
        await d4.close();
        try { await fs.promises.opendir(join('nope')); } catch (err3) { show('p missing', err3); }
        fs.opendir(join('nope'), (err4) => show('cb missing', err4));
      });
    });
  });
});
