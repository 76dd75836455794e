// net.isIP / isIPv4 / isIPv6 on a spread of inputs.
const net = require('net');
const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04',
  '1.2.3.-1', ' 1.2.3.4', '1.2.3.4 ', '1..3.4', '0x7f.0.0.1', '',
  '::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
  '1::2::3', ':::', '1:2:3:4:5:6:7', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%1', '::ffff:127.0.0.1',
  '::ffff:256.0.0.1', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', 'abcd::', 'abcde::', 'g::1',
  'FFFF::', '[::1]', '::1.2.3.4', '1.2.3.4::', 'localhost', '2001:db8::ff00:42:8329',
];
for (const s of inputs) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
for (const v of [undefined, null, 123, {}, ['127.0.0.1'], { toString: () => '::1' }]) {
  console.log(String(v), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
}
