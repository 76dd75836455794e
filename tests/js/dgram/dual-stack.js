// A udp6 socket on '::' (no ipv6Only) is dual-stack: IPv4 peers show as
// IPv4-mapped, replies to their mapped address arrive (a plain IPv4 address
// is EINVAL), an implicitly bound udp6 socket reaches IPv4-mapped peers, and
// connect() to one reports it IPv4-mapped.
const dgram = require('dgram');
const server = dgram.createSocket('udp6');
const v4client = dgram.createSocket('udp4');
const v6client = dgram.createSocket('udp6');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
  if (msg.toString() === 'from udp4') {
    server.send('reply to mapped', rinfo.port, rinfo.address, (err, n) => console.log('server sent to mapped', err, n));
    // A plain IPv4 address is EINVAL on a udp6 socket.
    server.send('reply to plain', rinfo.port, '127.0.0.1', (err, n) => console.log('server sent to plain', err.code, err.syscall, err.address, n));
  }
  if (msg.toString() === 'connected udp6 to IPv4') finish();
});
v4client.on('message', (msg, rinfo) => {
  console.log('udp4 client got', msg.toString(), rinfo.address, rinfo.family);
  viaUdp6();
});
server.bind(0, () => {
  const a = server.address();
  console.log('server bound', a.address, a.family);
  v4client.send('from udp4', a.port, '127.0.0.1');
});
function viaUdp6() {
  const { port } = server.address();
  v6client.send('udp6 to IPv4', port, '::ffff:127.0.0.1', (err, n) => {
    const a = v6client.address();
    console.log('udp6 client sent', err, n, a.address, a.family);
    v6client.connect(port, '::ffff:127.0.0.1', () => {
      const r = v6client.remoteAddress();
      console.log('connected udp6 client peer', r.address, r.family, r.port === port);
      v6client.send('connected udp6 to IPv4');
    });
  });
}
function finish() {
  v6client.disconnect();
  console.log('disconnected');
  v4client.close();
  v6client.close();
  server.close(() => console.log('closed'));
}
