// The 'upgrade' event: the server takes the socket with the bytes after
// the head; the client gets 'upgrade' with its socket; both talk raw.
// Without an upgrade listener the request is an ordinary one.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('request', req.url, req.headers.upgrade, req.upgrade);
  res.end('plain');
});
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.url, req.headers.upgrade, req.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome;');
  socket.on('data', (d) => socket.write(`echo:${d}`));
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', path: '/ws', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.statusMessage, res.headers.upgrade, JSON.stringify(head.toString()));
    let got = head.toString();
    socket.on('data', (d) => {
      got += d;
      if (got.includes('echo:ping')) {
        console.log('client got', JSON.stringify(got));
        socket.end();
      }
    });
    socket.on('close', () => {
      const plain = http.createServer((rq, rs) => {
        console.log('plain server', rq.headers.upgrade, rq.upgrade);
        rs.end('no upgrade');
      });
      plain.listen(0, '127.0.0.1', () => {
        http.get({ port: plain.address().port, host: '127.0.0.1', headers: { Connection: 'upgrade', Upgrade: 'x' } }, (res) => {
          res.setEncoding('utf8');
          res.on('data', (d) => console.log('plain response', res.statusCode, d));
          res.on('end', () => { plain.close(); server.close(() => console.log('done')); });
        });
      });
    });
    socket.write('ping');
  });
  req.end();
});
