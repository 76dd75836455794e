// Content-Length framing: end(data) sets it, end() sends 0, HEAD gets the
// head only, 204 and 304 have no body, an explicit length is kept.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/data': res.end('12345'); break;
    case '/empty': res.end(); break;
    case '/utf8': res.end('héllo'); break;
    case '/204': res.statusCode = 204; res.end(); break;
    case '/304': res.writeHead(304, { ETag: 'x' }); res.end('ignored'); break;
    case '/explicit': res.setHeader('Content-Length', 3); res.write('ab'); res.end('c'); break;
    default: res.end('head body');
  }
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of ['/data', '/empty', '/utf8', '/204', '/304', '/explicit']) {
    show(path, await raw(port, `GET ${path} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`));
  }
  show('HEAD', await raw(port, 'HEAD /head HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'));
  http.request({ port, host: '127.0.0.1', method: 'HEAD', path: '/head' }, (res) => {
    console.log('HEAD client', res.statusCode, res.headers['content-length']);
    res.on('data', () => console.log('unexpected data'));
    res.on('end', () => {
      console.log('HEAD end');
      server.close();
    });
  }).end();
});
