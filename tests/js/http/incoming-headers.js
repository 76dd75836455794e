// How IncomingMessage joins received headers: set-cookie as an array,
// cookie with '; ', first-wins fields, ', ' for the rest; rawHeaders,
// headersDistinct, url, method, httpVersion.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
const server = http.createServer((req, res) => {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(JSON.stringify(req.headers));
  console.log(JSON.stringify(req.rawHeaders));
  console.log(JSON.stringify(req.headersDistinct));
  console.log(req.complete, req.upgrade, req.aborted, req.socket === req.connection);
  res.end('ok');
});
server.listen(0, '127.0.0.1', async () => {
  const r = await raw(server.address().port,
    'PATCH /a/b?c=d#e HTTP/1.1\r\nHost: example\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n' +
    'Cookie: x=1\r\nCOOKIE: y=2\r\nContent-Type: text/a\r\ncontent-type: text/b\r\n' +
    'X-Multi: 1\r\nx-multi: 2\r\nX-Empty:\r\nUser-Agent: u1\r\nUser-Agent: u2\r\nAccept:  spaced  \r\n' +
    'Connection: close\r\n\r\n');
  show('response', r);
  server.close();
});
