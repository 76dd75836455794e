// Keep-alive and pipelining: three requests in one write, answered out of
// order by the handler, arrive in request order; then the connection stays
// open for a fourth request, which asks to close.
const http = require('http');
const net = require('net');
const { mask } = require('./raw.helper.cjs');
const delays = { '/slow': 60, '/mid': 30, '/fast': 0, '/last': 0 };
let seen = 0;
const server = http.createServer((req, res) => {
  seen++;
  console.log('request', req.url, seen);
  setTimeout(() => {
    res.setHeader('X-Url', req.url);
    res.end(`body of ${req.url}`);
    console.log('answered', req.url);
  }, delays[req.url]);
});
server.listen(0, '127.0.0.1', () => {
  const sock = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => {
    got += d;
    if (got.split('HTTP/1.1 200').length === 4 && got.endsWith('/fast')) {
      console.log('three answers, socket open', !sock.destroyed);
      sock.write('GET /last HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
    }
  });
  sock.on('close', () => {
    console.log(mask(got).split('\r\n').map((l) => `  | ${l}`).join('\n'));
    server.close(() => console.log('closed'));
  });
  sock.write('GET /slow HTTP/1.1\r\nHost: h\r\n\r\nGET /mid HTTP/1.1\r\nHost: h\r\n\r\n' +
    'GET /fast HTTP/1.1\r\nHost: h\r\n\r\n');
});
