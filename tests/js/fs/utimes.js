// utimes/futimes/lutimes: numbers (seconds), Dates, numeric strings.
const { fs, join, attempt, show } = require('./tmp.helper.cjs');

const f = join('u');
fs.writeFileSync(f, '');
const times = () => { const s = fs.statSync(f); return [s.atimeMs, s.mtimeMs, s.mtime.toISOString()]; };
attempt('numbers', () => fs.utimesSync(f, 1000, 2000));
console.log(times());
attempt('fractions', () => fs.utimesSync(f, 1.5, 2.25));
console.log(times());
attempt('dates', () => fs.utimesSync(f, new Date('2001-02-03T04:05:06.789Z'), new Date(Date.UTC(2010, 0, 1))));
console.log(times());
attempt('strings', () => fs.utimesSync(f, '123', '456'));
console.log(times());
attempt('bad', () => fs.utimesSync(f, 'x', 1));
attempt('bad obj', () => fs.utimesSync(f, {}, 1));
attempt('missing', () => fs.utimesSync(join('nope'), 1, 1));
const fd = fs.openSync(f, 'r+');
attempt('futimes', () => fs.futimesSync(fd, 3000, 4000));
console.log(times());
attempt('futimes bad fd', () => fs.futimesSync(999, 1, 1));
fs.closeSync(fd);
fs.symlinkSync('u', join('ln'));
attempt('lutimes', () => fs.lutimesSync(join('ln'), 5000, 6000));
console.log(fs.lstatSync(join('ln')).mtimeMs, times()[1]);
const b = fs.statSync(f, { bigint: true });
console.log(b.mtimeNs, b.mtimeMs);
fs.utimes(f, 7, 8, (err) => {
  console.log('cb', err, times());
  fs.utimes(join('nope'), 7, 8, (err) => {
    show('cb missing', err);
    fs.promises.utimes(f, 9, 10).then(() => console.log('p', times()));
  });
});
