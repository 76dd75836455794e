// node:os: the values that do not depend on the machine.
const os = require('os');
console.log(JSON.stringify(os.EOL), os.platform(), os.type(), os.endianness(), os.devNull);
console.log(os.constants.signals.SIGTERM, os.constants.signals.SIGINT, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW);
console.log(typeof os.hostname(), typeof os.homedir(), typeof os.tmpdir(), typeof os.release(), typeof os.uptime());
console.log(Array.isArray(os.cpus()), os.cpus().length > 0, os.availableParallelism() >= 1);
console.log(os.totalmem() > 0, os.freemem() >= 0, os.freemem() <= os.totalmem(), os.loadavg().length);
const u = os.userInfo();
console.log(typeof u.username, typeof u.homedir, typeof u.uid);
console.log(typeof os.networkInterfaces());
