// ServerResponse header API before and after the head is sent.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
function tryIt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const server = http.createServer((req, res) => {
  console.log('headersSent', res.headersSent, res.statusCode, res.statusMessage);
  res.setHeader('X-One', 1);
  res.setHeader('X-List', ['a', 'b']);
  res.setHeader('Content-Type', 'text/html');
  res.appendHeader('X-List', 'c');
  res.appendHeader('X-New', 'n');
  console.log(res.getHeader('x-one'), res.getHeader('X-LIST'), res.getHeader('nope'));
  console.log(res.getHeaderNames(), res.getRawHeaderNames());
  console.log(res.getHeaders());
  console.log(res.hasHeader('content-type'), res.hasHeader('x-none'));
  res.removeHeader('x-new');
  console.log(res.hasHeader('x-new'));
  tryIt('bad name', () => res.setHeader('bad name', 'v'));
  tryIt('bad value', () => res.setHeader('x-bad', 'a\r\nb'));
  tryIt('undefined value', () => res.setHeader('x-bad', undefined));
  tryIt('getHeader(1)', () => res.getHeader(1));
  tryIt('hasHeader(1)', () => res.hasHeader(1));
  res.statusCode = 201;
  res.statusMessage = 'Made';
  res.write('x');
  console.log('headersSent', res.headersSent);
  tryIt('set after', () => res.setHeader('a', 'b'));
  tryIt('remove after', () => res.removeHeader('a'));
  tryIt('writeHead after', () => res.writeHead(200));
  tryIt('append after', () => res.appendHeader('a', 'b'));
  console.log(res.getHeader('x-one'));
  res.end('y');
});
server.listen(0, '127.0.0.1', async () => {
  show('response', await raw(server.address().port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'));
  server.close();
});
