// setKeepAlive / setNoDelay, as methods and connect options; they return
// the socket and leave the data path alone.
const net = require('net');
const server = net.createServer({ keepAlive: true, keepAliveInitialDelay: 1000, noDelay: true }, (sock) => {
  console.log('server keepAlive options', server.keepAlive, server.keepAliveInitialDelay, server.noDelay);
  console.log(sock.setKeepAlive(true, 5000) === sock, sock.setNoDelay() === sock, sock.setNoDelay(false) === sock);
  sock.pipe(sock);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', keepAlive: true, noDelay: true }, () => {
    console.log(c.setKeepAlive() === c, c.setKeepAlive(true) === c, c.setNoDelay(true) === c);
    c.end('ping');
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    console.log('echo', got);
    const u = new net.Socket();
    console.log('before connect', u.setKeepAlive(true) === u, u.setNoDelay(true) === u);
    server.close();
  });
});
