// What the sandbox tells a program about "the machine". Under node these
// are the host's own values, so node's golden shows placeholders; the
// sandnode golden (virtual-values.sandnode-stdout) pins the sandbox's
// virtual machine, which reveals nothing of the host (see the table in
// runtime-guest/js/os.js and tests/js/README.md). Run without --allow-env.
const os = require('os');
const inSandbox = process.arch === 'wasm32';
const show = (label, value) => console.log(label, inSandbox ? value : '<host value>');
show('hostname', os.hostname());
show('type', os.type());
show('platform', os.platform());
show('arch', os.arch());
show('machine', os.machine());
show('release', os.release());
show('version', os.version());
show('endianness', os.endianness());
show('cpus', JSON.stringify(os.cpus()));
show('availableParallelism', os.availableParallelism());
show('totalmem', os.totalmem());
show('freemem below totalmem', os.freemem() < os.totalmem());
show('loadavg', JSON.stringify(os.loadavg()));
show('uptime under a minute', os.uptime() < 60);
show('networkInterfaces', JSON.stringify(os.networkInterfaces()));
show('homedir', os.homedir());
show('tmpdir', os.tmpdir());
show('userInfo', JSON.stringify(os.userInfo()));
show('getPriority', os.getPriority());
try {
  os.setPriority(0);
  show('setPriority', 'ok');
} catch (err) {
  show('setPriority', `${err.code} ${err.message}`);
}
