// net.BlockList: rules, checks across families, errors.
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('192.168.1.0', 24);
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addAddress('::1', 'ipv6');
b.addRange('::a', '::f', 'IPv6');
console.log(b.rules);
console.log(b);
const checks = [
  ['1.2.3.4'], ['1.2.3.5'], ['10.0.0.1'], ['10.0.0.10'], ['10.0.0.11'], ['192.168.1.200'], ['192.168.2.1'],
  ['::ffff:1.2.3.4', 'ipv6'], ['::ffff:10.0.0.5', 'ipv6'], ['8592:757c:efae:4e45::f', 'ipv6'],
  ['8592:757c:efae:4e46::', 'ipv6'], ['::1', 'ipv6'], ['::c', 'ipv6'], ['::10', 'ipv6'], ['1.2.3.4', 'ipv6'],
  ['1.2.3.4', 'ipv5'], ['zz'], ['::1', 'IPv6'],
];
for (const [a, f] of checks) console.log('check', a, f, b.check(a, f));
const sa = new net.SocketAddress({ address: '5.6.7.8' });
const b2 = new net.BlockList();
b2.addAddress(sa);
console.log(b2.check(sa), b2.check(new net.SocketAddress({ address: '5.6.7.9' })), b2.rules);
console.log(net.BlockList.isBlockList(b2), net.BlockList.isBlockList({}));
const bad = [
  () => b.addRange('10.0.0.10', '10.0.0.1'),
  () => b.addSubnet('1.1.1.1', 33),
  () => b.addSubnet('::', 129, 'ipv6'),
  () => b.addSubnet('1.1.1.1', '8'),
  () => b.addAddress(1),
  () => b.addAddress('zz'),
  () => b.addAddress('1.2.3.4', 'ipv7'),
  () => b.check(5),
];
for (const f of bad) {
  try { console.log('no throw', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
// Round trip through JSON.
const b3 = new net.BlockList();
b3.fromJSON(b.toJSON());
console.log(JSON.stringify(b3.rules) === JSON.stringify(b.rules), b3.check('10.0.0.3'));
