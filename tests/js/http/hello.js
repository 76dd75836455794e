// The canonical server, with a client in the same process.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello, Node.js!');
});
server.on('listening', () => console.log('listening', typeof server.address().port, server.listening));
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/' }, (res) => {
    console.log(res.statusCode, res.statusMessage, res.httpVersion);
    console.log(res.headers['content-type'], res.headers['transfer-encoding'], res.headers.connection, res.headers['keep-alive']);
    console.log(Object.keys(res.headers).sort().join(','));
    console.log(res.rawHeaders.filter((h, i) => i % 2 === 0).join(','));
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', JSON.stringify(body), res.complete);
      server.close(() => console.log('closed', server.listening));
    });
  });
});
