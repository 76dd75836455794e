// The types and shapes os answers with (the values themselves belong to
// the machine, or to the sandbox; see os/virtual-values.js).
const os = require('os');
console.log(Object.keys(os));
const fns = Object.keys(os).filter((k) => typeof os[k] === 'function');
console.log(fns.map((k) => `${k}:${os[k].length}`).join(' '));
console.log(fns.filter((k) => typeof os[k][Symbol.toPrimitive] === 'function').join(' '));
const strings = ['arch', 'endianness', 'homedir', 'hostname', 'platform', 'release', 'tmpdir', 'type', 'version', 'machine'];
for (const k of strings) console.log(k, typeof os[k](), os[k]().length > 0, `${os[k]}` === os[k]());
const numbers = ['availableParallelism', 'freemem', 'totalmem', 'uptime'];
for (const k of numbers) console.log(k, typeof os[k](), os[k]() >= 0, Number.isFinite(+os[k]));
console.log(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
console.log(os.freemem() <= os.totalmem(), Number.isInteger(os.totalmem()));
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length >= 1);
for (const cpu of cpus.slice(0, 1)) {
  console.log(Object.keys(cpu), typeof cpu.model, typeof cpu.speed, Object.keys(cpu.times));
  console.log(Object.values(cpu.times).every((t) => typeof t === 'number' && t >= 0));
}
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
const nets = os.networkInterfaces();
console.log(typeof nets, Object.getPrototypeOf(nets) === Object.prototype);
for (const list of Object.values(nets)) {
  for (const addr of list) {
    if (!['address', 'netmask', 'family', 'mac', 'internal', 'cidr'].every((k) => k in addr)) console.log('bad entry');
  }
}
console.log(['LE', 'BE'].includes(os.endianness()), os.platform() === process.platform, os.arch() === process.arch);
console.log(os.homedir() === os.userInfo().homedir || process.env.HOME === undefined);
console.log(os.tmpdir().length === 1 || !os.tmpdir().endsWith('/'));
