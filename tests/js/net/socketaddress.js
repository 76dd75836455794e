// net.SocketAddress: defaults, validation, parse, JSON and inspect.
const net = require('net');
const util = require('util');
const show = (s) => console.log(s.address, s.port, s.family, s.flowlabel, JSON.stringify(s));
show(new net.SocketAddress());
show(new net.SocketAddress({ family: 'ipv6' }));
show(new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80, flowlabel: 5 }));
show(new net.SocketAddress({ address: '10.1.2.3', port: '8080' }));
show(new net.SocketAddress({ address: '1.2.3.4', family: 'IPv4' }));
console.log(util.inspect(new net.SocketAddress({ address: '::1', family: 'ipv6' })));
console.log(util.inspect({ nested: { deeper: new net.SocketAddress() } }, { depth: 0 }));
console.log(net.SocketAddress.isSocketAddress(new net.SocketAddress()), net.SocketAddress.isSocketAddress({ address: '1.1.1.1' }));
for (const input of ['1.2.3.4:5', '[::1]:8080', '[::1]', '1.2.3.4', 'nope:1', '1.2.3.4:99999']) {
  const p = net.SocketAddress.parse(input);
  console.log('parse', input, p === undefined ? p : p.toJSON());
}
const bad = [
  () => new net.SocketAddress({ address: 'x' }),
  () => new net.SocketAddress({ address: '::1' }),
  () => new net.SocketAddress({ address: 1 }),
  () => new net.SocketAddress({ family: 'ipv5' }),
  () => new net.SocketAddress({ port: 70000 }),
  () => new net.SocketAddress({ port: -1 }),
  () => new net.SocketAddress({ flowlabel: -1 }),
  () => new net.SocketAddress({ flowlabel: 'x' }),
  () => new net.SocketAddress('1.2.3.4'),
  () => net.SocketAddress.parse(5),
];
for (const f of bad) {
  try { console.log('no throw', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
