// connect() with localAddress/localPort, and IPv6 loopback on both ends.
const net = require('net');
const server = net.createServer((sock) => {
  sock.end(`${sock.remoteAddress} ${sock.remoteFamily}`);
});
server.listen(0, '::1', () => {
  const { port } = server.address();
  const c = net.connect({ port, host: '::1', localAddress: '::1' });
  c.setEncoding('utf8');
  c.on('connect', () => console.log('local', c.localAddress, c.localFamily, typeof c.localPort));
  c.on('data', (d) => console.log('server saw', d));
  c.on('close', () => {
    // An address of the wrong family for the target fails to connect.
    const v4 = net.createServer((s) => s.end());
    v4.listen(0, '127.0.0.1', () => {
      const bad = net.connect({ port: v4.address().port, host: '127.0.0.1', localAddress: '::1' });
      bad.on('connect', () => console.log('unexpected connect'));
      bad.on('error', (e) => console.log('mismatch', e.code, e.syscall, e.address, e.port, e.message));
      bad.on('close', () => {
        v4.close();
        server.close(() => console.log('done'));
      });
    });
  });
});
