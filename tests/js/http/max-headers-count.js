// maxHeadersCount: a request with more header lines is refused with 431;
// 0 means no limit; a client drops response headers past its limit.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
const server = http.createServer((req, res) => {
  console.log(req.url, req.rawHeaders.length / 2, Object.keys(req.headers).length);
  res.setHeader('X-Many', Array.from({ length: 30 }, (_, i) => `v${i}`));
  res.end();
});
function head(n) {
  let s = 'GET /n HTTP/1.1\r\nHost: h\r\n';
  for (let i = 0; i < n; i++) s += `X-H${i}: ${i}\r\n`;
  return `${s}Connection: close\r\n\r\n`;
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log('default', server.maxHeadersCount);
  await raw(port, head(1000));
  server.maxHeadersCount = 5;
  show('over 5', await raw(port, head(10)));
  await raw(port, head(3));
  server.maxHeadersCount = 0;
  await raw(port, head(1200));
  const req = http.get({ port, host: '127.0.0.1' }, (res) => {
    console.log('client', res.rawHeaders.length / 2, res.headers['x-many']);
    res.resume();
    res.on('end', () => server.close());
  });
  req.maxHeadersCount = 3;
});
