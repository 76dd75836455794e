// A body shorter than its Content-Length (the client leaves) makes the
// request 'aborted'; a client that disconnects mid-response closes the
// response; the server keeps serving.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/short') {
    req.on('data', (d) => console.log('short body data', d.length));
    req.on('aborted', () => console.log('short: aborted', req.aborted, req.complete));
    req.on('error', (e) => console.log('short: error', e.code, e.message));
    req.on('close', () => console.log('short: req close'));
    res.on('close', () => console.log('short: res close', res.writableFinished));
    return;
  }
  if (req.url === '/stream') {
    res.writeHead(200);
    const timer = setInterval(() => res.write('tick\n'), 10);
    res.on('close', () => {
      clearInterval(timer);
      console.log('stream: res close', res.writableEnded, res.destroyed);
    });
    return;
  }
  res.end(`ok ${req.url}`);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1', () => {
    a.write('POST /short HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\nonly ten!!');
    setTimeout(() => a.destroy(), 50);
  });
  a.on('close', () => {
    const b = net.connect(port, '127.0.0.1', () => b.write('GET /stream HTTP/1.1\r\nHost: h\r\n\r\n'));
    b.once('data', () => setTimeout(() => b.destroy(), 30));
    b.on('close', () => {
      setTimeout(() => http.get({ port, host: '127.0.0.1', path: '/after' }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (d) => console.log('still serving:', d));
        res.on('end', () => server.close(() => console.log('closed')));
      }), 50);
    });
  });
});
