// mkdtempSync/mkdtemp: six random characters after the prefix.
const { fs, join, attempt, show, tmp } = require('./tmp.helper.cjs');

const a = fs.mkdtempSync(join('pre-'));
console.log(a.startsWith(join('pre-')), a.length - join('pre-').length, /^[A-Za-z0-9]{6}$/.test(a.slice(-6)));
console.log(fs.statSync(a).isDirectory());
const b = fs.mkdtempSync(join('pre-'));
console.log(a !== b);
const c = fs.mkdtempSync(join('x'), { encoding: 'buffer' });
console.log(Buffer.isBuffer(c), c.length);
attempt('missing parent', () => fs.mkdtempSync(join('nope', 'x')));
attempt('bad prefix', () => fs.mkdtempSync(1));
attempt('nul prefix', () => fs.mkdtempSync('a\u0000'));
attempt('bad encoding', () => fs.mkdtempSync(join('y'), 'bogus'));
fs.mkdtemp(join('cb-'), (err, dir) => {
  console.log('cb', err, dir.startsWith(join('cb-')), dir.length - join('cb-').length);
  fs.mkdtemp(join('nope', 'x'), (err) => {
    // The callback form names the attempted (random) directory.
    console.log('cb missing', err.code, err.syscall, /nope\/x[A-Za-z0-9]{6}'$/.test(err.message));
    fs.promises.mkdtemp(join('p-')).then((d) => {
      console.log('p', d.startsWith(tmp), fs.readdirSync(tmp).length);
    });
  });
});
