// golden: hand-written
// os.constants and os.EOL/devNull: values, null prototypes, which parts
// are frozen, property attributes.
const os=require('os');
const c=os.constants;
for (const k of ['signals','errno','priority','dlopen']) console.log(k, Object.getPrototypeOf(c[k])===null, Object.isFrozen(c[k]), JSON.stringify(c[k]));
console.log(Object.getPrototypeOf(c)===null, Object.isFrozen(c), Object.isExtensible(c), c.UV_UDP_REUSEADDR);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(os,'EOL')), JSON.stringify(Object.getOwnPropertyDescriptor(os,'constants')), JSON.stringify(Object.getOwnPropertyDescriptor(os,'devNull')));
console.log(os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGHEST);
console.log(JSON.stringify(os.EOL), os.devNull);
'use strict';
try {
  os.constants.signals.SIGFOO = 99;
} catch (err) {
  console.log('frozen signals', err.name);
}
os.constants.errno.EXTRA = 1;
console.log('errno extensible', os.constants.errno.EXTRA);
delete os.constants.errno.EXTRA;
console.log(Object.keys(os.constants.signals).length, Object.keys(os.constants.errno).length);
console.log(require('node:os') === os, require('os').constants === os.constants);
