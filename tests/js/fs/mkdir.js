// mkdirSync: plain and recursive (returns the first directory created),
// errors, mode validation.
const { fs, join, attempt } = require('./tmp.helper.cjs');

console.log(fs.mkdirSync(join('a')));
attempt('exists', () => fs.mkdirSync(join('a')));
attempt('missing parent', () => fs.mkdirSync(join('x', 'y')));
attempt('recursive exists', () => fs.mkdirSync(join('a'), { recursive: true }));
attempt('recursive new', () => fs.mkdirSync(join('a', 'b', 'c'), { recursive: true }));
attempt('recursive partial', () => fs.mkdirSync(join('a', 'b', 'c', 'd', 'e'), { recursive: true }));
attempt('recursive trailing slash', () => fs.mkdirSync(join('t1', 't2') + '/', { recursive: true }));
fs.writeFileSync(join('file'), '');
attempt('through file', () => fs.mkdirSync(join('file', 'sub')));
attempt('recursive through file', () => fs.mkdirSync(join('file', 'sub', 'x'), { recursive: true }));
attempt('recursive on file', () => fs.mkdirSync(join('file'), { recursive: true }));
attempt('mode number', () => fs.mkdirSync(join('m1'), 0o755));
attempt('mode string', () => fs.mkdirSync(join('m2'), '755'));
attempt('mode opt', () => fs.mkdirSync(join('m3'), { mode: 0o700 }));
attempt('bad mode', () => fs.mkdirSync(join('m4'), { mode: 'rwx' }));
attempt('bad recursive', () => fs.mkdirSync(join('m5'), { recursive: 'yes' }));
attempt('bad path', () => fs.mkdirSync(1));
console.log(fs.statSync(join('a', 'b', 'c', 'd', 'e')).isDirectory());
console.log(fs.readdirSync(join()));
// relative to the working directory (the test's own directory is read-only)
attempt('relative in read-only dir', () => { fs.mkdirSync('fixtures'); });
