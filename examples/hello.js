// A small tour of what runs inside the sandbox: console, timers, promises,
// process and the event loop, all in a QuickJS guest under wasmtime.
'use strict';

const { format } = require('util');

console.log('Hello from sandnode %s (following Node %s)', process.versions.sandnode, process.version);
console.log('argv:', process.argv.slice(2));
console.log('a nested object:', { runtime: 'quickjs', sandbox: { wasm: true, grants: [] } });

process.nextTick(() => console.log('3. process.nextTick'));
Promise.resolve().then(() => console.log('4. a promise job'));
setTimeout(() => console.log('6. a timer, 20 ms later'), 20);
setImmediate(() => console.log('5. setImmediate'));
console.log(format('%s. synchronous code, then %s', 1, '2. the end of the script'));

process.on('exit', (code) => console.log(`7. exit with code ${code}`));
