// Bodies written in pieces go out chunked; the client reads them as a
// stream; an empty write sends no chunk; a chunked request body arrives
// whole.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('request body', JSON.stringify(body), req.headers['transfer-encoding'], req.complete);
    res.write('first,');
    res.write('');
    res.write(Buffer.from('second,'));
    setTimeout(() => {
      res.write('third', 'utf8', () => console.log('write callback'));
      res.end(' end');
    }, 20);
  });
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  show('raw', await raw(port,
    'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    '5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n'));
  const req = http.request({ port, host: '127.0.0.1', method: 'POST' }, (res) => {
    console.log(res.statusCode, res.headers['transfer-encoding'], res.headers['content-length']);
    const parts = [];
    res.on('data', (d) => parts.push(d.toString()));
    res.on('end', () => {
      console.log('client got', JSON.stringify(parts.join('')));
      server.close();
    });
  });
  req.write('a');
  req.write('bc');
  req.end('def');
});
