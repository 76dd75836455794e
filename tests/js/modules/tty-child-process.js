// node:tty.isatty on redirected stdio, and the shape of node:child_process.
// (Starting a process is refused in sandnode: see the .sandnode-stdout.)
const tty = require('tty');
const cp = require('child_process');
console.log('isatty', [0, 1, 2, 3, -1, 1.5, '1'].map((fd) => tty.isatty(fd)));
console.log('tty classes', typeof tty.ReadStream, typeof tty.WriteStream);
console.log('child_process', Object.keys(cp).filter((k) => !k.startsWith('_')).sort());
try {
  const r = cp.spawnSync('true');
  console.log('spawnSync status', r.status);
} catch (err) {
  console.log('spawnSync', err.code, err.message);
}
