// Some os functions also work as values (`${os.platform}`, +os.totalmem),
// and none of the string answers carry stray whitespace.
const os = require('os');
console.log(`${os.platform}` === os.platform(), `${os.type}` === os.type(), os.arch + '' === os.arch());
console.log(+os.totalmem === os.totalmem(), typeof +os.availableParallelism);
console.log(typeof os.cpus[Symbol.toPrimitive], typeof os.userInfo[Symbol.toPrimitive]);
for (const k of ['hostname', 'release', 'version', 'type', 'machine', 'homedir', 'tmpdir']) {
  const v = os[k]();
  if (v !== v.trim()) console.log('whitespace in', k);
}
console.log(os.EOL === '\n', os.devNull === '/dev/null');
// Results are fresh copies: changing them does not affect later calls.
const c = os.cpus();
c[0].model = 'changed';
console.log(os.cpus()[0].model !== 'changed');
const l = os.loadavg();
l[0] = -1;
console.log(os.loadavg()[0] !== -1);
