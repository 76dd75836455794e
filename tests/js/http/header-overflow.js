// Headers over the limit: 431 and a closed connection, for the default
// 16 KiB, for a server with a smaller maxHeaderSize, and for a head sent
// in pieces; a response with huge headers fails the client's request.
const http = require('http');
const net = require('net');
const { raw, show } = require('./raw.helper.cjs');
console.log('maxHeaderSize', http.maxHeaderSize);
const server = http.createServer((req, res) => res.end(`ok ${req.url}`));
const small = http.createServer({ maxHeaderSize: 100 }, (req, res) => res.end('small ok'));
server.listen(0, '127.0.0.1', () => small.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const huge = 'x'.repeat(20000);
  show('20k header', await raw(port, `GET / HTTP/1.1\r\nHost: h\r\nX-Big: ${huge}\r\n\r\n`));
  show('pieces', await raw(port, ['GET / HTTP/1.1\r\nHost: h\r\n', `X-A: ${'a'.repeat(9000)}\r\n`, `X-B: ${'b'.repeat(9000)}\r\n`, '\r\n']));
  show('just under', await raw(port, `GET /under HTTP/1.1\r\nHost: h\r\nX-Big: ${'y'.repeat(15000)}\r\nConnection: close\r\n\r\n`));
  show('small limit', await raw(small.address().port, `GET / HTTP/1.1\r\nHost: h\r\nX-Big: ${'z'.repeat(200)}\r\n\r\n`));
  show('small ok', await raw(small.address().port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'));
  // A server sending an oversized response head to an http client.
  const evil = net.createServer((s) => {
    s.on('data', () => s.end(`HTTP/1.1 200 OK\r\nX-Big: ${huge}\r\n\r\n`));
  });
  evil.listen(0, '127.0.0.1', () => {
    const req = http.get({ port: evil.address().port, host: '127.0.0.1' }, () => console.log('unexpected response'));
    req.on('error', (e) => {
      console.log('client error', e.code, e.message);
      evil.close();
      small.close();
      server.close();
    });
  });
}));
