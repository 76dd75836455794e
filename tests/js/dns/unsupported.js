// Record types other than A/AAAA need a DNS client of their own: sandnode
// throws ERR_NOT_SUPPORTED_IN_SANDNODE at once (node queries a server; see
// unsupported.sandnode-stdout and tests/js/README.md).
const dns = require('dns');
const calls = [
  ['resolveMx', () => dns.resolveMx('localhost', () => {})],
  ['resolveTxt', () => dns.resolveTxt('localhost', () => {})],
  ['resolveSrv', () => dns.resolveSrv('localhost', () => {})],
  ['resolve MX', () => dns.resolve('localhost', 'MX', () => {})],
  ['reverse', () => dns.reverse('127.0.0.1', () => {})],
  ['promises.resolveNs', () => dns.promises.resolveNs('localhost')],
  ['lookupService', () => dns.lookupService('127.0.0.1', 22, () => {})],
  ['setServers', () => dns.setServers(['127.0.0.1'])],
  ['resolve4 ttl', () => dns.resolve4('localhost', { ttl: true }, () => {})],
];
let pending = 0;
for (const [label, f] of calls) {
  try {
    const r = f();
    if (r && typeof r.then === 'function') {
      pending++;
      r.then(() => console.log(label, 'resolved'), (e) => console.log(label, 'rejected', e.code));
    } else {
      console.log(label, 'started');
    }
  } catch (e) {
    console.log(label, 'threw', e.code, e.message);
  }
}
