// fs.promises readFile/writeFile/appendFile, including rejections for
// validation errors (never synchronous throws).
const { fs, join, show } = require('./tmp.helper.cjs');
const fsp = require('fs/promises');

(async () => {
  console.log(fs.promises === fsp);
  const f = join('p.txt');
  console.log(await fsp.writeFile(f, 'alpha\n'));
  await fsp.appendFile(f, 'beta\n');
  await fsp.appendFile(f, Buffer.from('gamma\n'));
  console.log(JSON.stringify(await fsp.readFile(f, 'utf8')));
  console.log((await fsp.readFile(f)).length);
  console.log(await fsp.readFile(f, { encoding: 'base64' }));
  await fsp.writeFile(f, ['a', 'b', Buffer.from('c')]);
  console.log(await fsp.readFile(f, 'utf8'));
  async function* gen() { yield 'x'; yield 'y'; yield Buffer.from('z'); }
  await fsp.writeFile(f, gen());
  console.log(await fsp.readFile(f, 'utf8'));
  for (const [label, fn] of [
    ['missing', () => fsp.readFile(join('missing'))],
    ['dir', () => fsp.readFile(join())],
    ['wx', () => fsp.writeFile(f, 'x', { flag: 'wx' })],
    ['bad enc', () => fsp.readFile(f, 'nah')],
    ['bad path', () => fsp.readFile(123.5)],
    ['bad data', () => fsp.writeFile(f, 42)],
    ['nul', () => fsp.writeFile(join('a\u0000b'), 'x')],
  ]) {
    let p;
    try {
      p = fn();
    } catch (e) {
      console.log(label, 'threw synchronously');
      continue;
    }
    console.log(label, p instanceof Promise);
    try { await p; console.log(label, 'resolved'); } catch (e) { show(label, e); }
  }
})();
