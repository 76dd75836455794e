// Opening files without closing them hits the resource-table limit: the
// program is stopped with a clear message (WASI 0.2 has no EMFILE).
// sandnode-flags:
// exit: 70
// stderr: the program holds too many open resources
const fs = require('fs');
const [proj] = process.argv.slice(2);
console.log('opening');
for (;;) fs.openSync(`${proj}/package.json`, 'r');
