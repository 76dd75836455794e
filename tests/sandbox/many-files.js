// Opening files without closing them: past the open-file limit (4096) an
// open fails with EMFILE, as under `ulimit -n`, and closing one makes room.
// The host's resource table stays the hard wall behind it.
// sandnode-flags:
// exit: 0
const fs = require('fs');
const [proj] = process.argv.slice(2);
const fds = [];
try {
  for (;;) fds.push(fs.openSync(`${proj}/package.json`, 'r'));
} catch (e) {
  console.log(`opened ${fds.length}, then ${e.code} (errno ${e.errno}, syscall ${e.syscall})`);
}
fs.closeSync(fds.pop());
fds.push(fs.openSync(`${proj}/package.json`, 'r'));
console.log('after closing one, an open succeeds');
for (const fd of fds) fs.closeSync(fd);
console.log('all closed; readFileSync works:', fs.readFileSync(`${proj}/package.json`, 'utf8').length > 0);
