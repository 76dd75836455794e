// server.setTimeout: 'timeout' with the socket, which the listener ends;
// keepAliveTimeout closes an idle keep-alive connection; without a
// listener an idle socket is destroyed.
const http = require('http');
const net = require('net');
const server = http.createServer({ keepAliveTimeout: 150 }, (req, res) => {
  if (req.url === '/hang') return; // never answers
  res.end('ok');
});
server.setTimeout(200, (socket) => {
  console.log('server timeout', socket instanceof net.Socket);
  socket.destroy();
});
console.log('timeout', server.timeout, 'keepAliveTimeout', server.keepAliveTimeout);
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/hang' });
  req.on('error', (e) => {
    console.log('client error', e.code, e.message);
    // Keep-alive idle close: answer, then the server closes the socket.
    const s = net.connect(port, '127.0.0.1');
    let got = '';
    s.setEncoding('latin1');
    s.on('data', (d) => { got += d; });
    s.on('close', () => {
      console.log('idle closed; got', got.includes('Keep-Alive: timeout=0'), got.split('\r\n')[0], got.endsWith('ok'));
      server.close(() => console.log('closed'));
    });
    s.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
  });
});
