// dns.lookup: localhost, address literals, families, all, order, verbatim.
const dns = require('dns');
const cases = [
  ['localhost'],
  ['localhost', 4],
  ['localhost', { family: 4, all: true }],
  ['localhost', { all: true, order: 'ipv4first' }],
  ['localhost', { all: true, verbatim: false }],
  ['localhost', { family: 'IPv4' }],
  ['localhost', { hints: dns.ADDRCONFIG }],
  ['127.0.0.1'],
  ['127.0.0.1', { all: true }],
  ['::1'],
  ['::1', { all: true, family: 6 }],
  ['::ffff:127.0.0.1'],
  ['127.0.0.1', 6],
  ['::1', 4],
  ['LOCALHOST', { all: true, family: 4 }],
];
let i = 0;
function next() {
  if (i === cases.length) return errors();
  const [host, opts] = cases[i++];
  const cb = (err, address, family) => {
    if (err) console.log(host, JSON.stringify(opts), 'error', err.code, err.errno, err.syscall, err.hostname, err.message);
    else console.log(host, JSON.stringify(opts), JSON.stringify(address), family);
    next();
  };
  if (opts === undefined) dns.lookup(host, cb);
  else dns.lookup(host, opts, cb);
}
next();

function errors() {
  const bad = [
    () => dns.lookup(5, () => {}),
    () => dns.lookup('localhost'),
    () => dns.lookup('localhost', 5, () => {}),
    () => dns.lookup('localhost', { family: 5 }, () => {}),
    () => dns.lookup('localhost', { all: 'yes' }, () => {}),
    () => dns.lookup('localhost', { verbatim: 1 }, () => {}),
    () => dns.lookup('localhost', { order: 'random' }, () => {}),
    () => dns.lookup('localhost', { hints: 'x' }, () => {}),
    () => dns.lookup('localhost', 'x', () => {}),
  ];
  for (const f of bad) {
    try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  dns.lookup('no-such-host.invalid', (err, address, family) => {
    console.log('unknown', err.code, err.errno, err.syscall, err.hostname, err.message, address, family);
    dns.lookup('no-such-host.invalid', { all: true }, (err2, list) => {
      console.log('unknown all', err2.code, list);
      require('util').promisify(dns.lookup)('localhost').then((r) => console.log('promisified', r));
    });
  });
}
