// Dirent: kinds from readdir withFileTypes, its fields and constructor.
const { fs, join, hide } = require('./tmp.helper.cjs');

fs.mkdirSync(join('d'));
fs.writeFileSync(join('f'), '');
fs.symlinkSync('f', join('l'));
fs.symlinkSync('d', join('ld'));
for (const e of fs.readdirSync(join(), { withFileTypes: true })) {
  const kinds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice']
    .filter((k) => e[k]());
  console.log(e.name, kinds.join(','), hide(e.parentPath) === '<TMP>', e.path === e.parentPath);
}
const d = fs.readdirSync(join(), { withFileTypes: true })[0];
console.log(Object.keys(d), typeof fs.Dirent, d.constructor === fs.Dirent);
console.log(hide(require('util').inspect(d)));
const s = fs.statSync(join('f'));
console.log(typeof s.isFile, Object.keys(Object.getPrototypeOf(s)));
