// The timeout option of connect(), 'timeout' while idle after connecting,
// and a socket kept open only by its server.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('end', () => sock.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 40 });
  console.log('timeout set', c.timeout);
  let t0 = 0;
  c.on('connect', () => { t0 = Date.now(); });
  c.on('timeout', () => {
    const waited = Date.now() - t0;
    console.log('timeout after idle, waited >= 30ms:', waited >= 30);
    c.end();
  });
  c.on('close', () => {
    console.log('closed');
    server.close();
  });
});
