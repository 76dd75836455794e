// fs.constants and the module surfaces of node:fs and node:fs/promises.
const fs = require('fs');
const fsp = require('fs/promises');

console.log(fs.constants);
console.log(Object.isFrozen(fs.constants), Object.getPrototypeOf(fs.constants));
console.log(fs.promises === fsp, fsp.constants === fs.constants, require('node:fs') === fs, require('node:fs/promises') === fsp);
const wanted = ['appendFile', 'access', 'close', 'copyFile', 'cp', 'exists', 'fdatasync', 'fstat', 'fsync',
  'ftruncate', 'futimes', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir', 'readdir', 'read',
  'readv', 'readFile', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink', 'truncate', 'unlink',
  'utimes', 'writeFile', 'write', 'writev', 'chmod', 'chown', 'fchmod', 'fchown', 'lchown'];
for (const name of wanted) {
  const kinds = [typeof fs[name], typeof fs[`${name}Sync`]];
  if (name !== 'exists' && typeof fsp[name] !== 'undefined') kinds.push(typeof fsp[name]);
  console.log(name, kinds.join(' '), fs[name].name);
}
console.log(typeof fs.realpath.native, typeof fs.realpathSync.native);
console.log(typeof fs.Stats, typeof fs.Dirent, typeof fs.Dir, typeof fs.ReadStream, typeof fs.WriteStream);
console.log(typeof fs.createReadStream, typeof fs.createWriteStream, typeof fs.watch, typeof fs.watchFile);
console.log(Object.keys(fsp).sort().join(' '));
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
import('fs').then((ns) => console.log('esm', ns.default === fs, typeof ns.readFileSync, ns.constants === fs.constants));
import('fs/promises').then((ns) => console.log('esm promises', ns.default === fsp, typeof ns.readFile));
