// HTTP/1.0 clients: no chunked encoding (the body ends at close), no
// keep-alive unless asked; an HTTP/1.1 request without Host gets 400.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
const server = http.createServer((req, res) => {
  console.log('request', req.httpVersion, req.url);
  res.write('part1 ');
  res.end('part2');
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  show('1.0', await raw(port, 'GET /ten HTTP/1.0\r\n\r\n'));
  show('1.0 keep-alive', await raw(port, 'GET /ka HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', { waitMs: 300 }));
  show('1.1 no host', await raw(port, 'GET /nohost HTTP/1.1\r\n\r\n'));
  show('1.1 close', await raw(port, 'GET /close HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'));
  server.close();
});
