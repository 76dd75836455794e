// A read that blocks inside the host (a FIFO nobody writes) cannot be
// interrupted by epochs or the async timeout; --timeout's watchdog ends the
// process shortly after the deadline.
// sandnode-flags: --timeout=1s
// exit: 124
// stderr: sandnode: the program ran longer than --timeout=1s and was stopped
const fs = require('fs');
const [proj] = process.argv.slice(2);
console.log('reading');
fs.readFileSync(`${proj}/fifo`);
console.log('never');
