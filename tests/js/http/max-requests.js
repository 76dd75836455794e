// maxRequestsPerSocket: the last allowed response says Connection: close
// with Keep-Alive's max=; requests past it get 503 and 'dropRequest'.
const http = require('http');
const net = require('net');
const { mask } = require('./raw.helper.cjs');
const server = http.createServer((req, res) => {
  console.log('request', req.url);
  res.end(req.url);
});
server.maxRequestsPerSocket = 2;
server.on('dropRequest', (req, socket) => console.log('dropRequest', req.url, socket instanceof net.Socket));
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  s.setEncoding('latin1');
  s.on('data', (d) => { got += d; });
  s.on('close', () => {
    for (const line of mask(got).split('\r\n')) console.log(`  | ${JSON.stringify(line)}`);
    server.close();
  });
  s.write('GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nGET /3 HTTP/1.1\r\nHost: h\r\n\r\n');
  setTimeout(() => s.end(), 300);
});
