// flushHeaders sends the head before any body; the client sees the
// response at once and the body later; set-cookie arrays become several
// lines; joinDuplicateHeaders on the client joins them.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Dup', ['x', 'y']);
  res.flushHeaders();
  console.log('flushed', res.headersSent);
  setTimeout(() => res.end('later'), 50);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const start = [];
  http.get({ port, host: '127.0.0.1' }, (res) => {
    start.push('response');
    console.log(JSON.stringify(res.headers['set-cookie']), res.headers['x-dup'], res.headers['transfer-encoding']);
    res.setEncoding('utf8');
    res.on('data', (d) => start.push(`data ${d}`));
    res.on('end', () => {
      console.log(start.join(' | '));
      http.get({ port, host: '127.0.0.1', joinDuplicateHeaders: true }, (res2) => {
        console.log('joined', JSON.stringify(res2.headers['set-cookie']), res2.headers['x-dup']);
        res2.resume();
        res2.on('end', () => server.close());
      });
    });
  });
});
