// Bad input never breaks the server: malformed request lines, bad header
// lines, unknown methods and bad Content-Length get 400 and a closed
// connection, and the server goes on serving a good client.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
let served = 0;
const server = http.createServer((req, res) => {
  served++;
  res.end(`served ${req.url}`);
});
const bad = [
  'GARBAGE\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: h\r\nBad Header Line\r\n\r\n',
  'GET / HTTP/9.9\r\nHost: h\r\n\r\n',
  'FROB / HTTP/1.1\r\nHost: h\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'GET / HTTP/1.1\r\n\r\n',
  '\x00\x01\x02\xff\r\n\r\n',
];
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const [i, input] of bad.entries()) {
    show(`bad ${i}`, await raw(port, input));
    show(`good after ${i}`, await raw(port, `GET /ok${i} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`));
  }
  console.log('served', served);
  server.close();
});
