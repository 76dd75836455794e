// A client that ends its side in the middle of a message: the request is
// aborted, clientError gets HPE_INVALID_EOF_STATE; a complete request
// followed by EOF is still served (and then aborted, as Node does when
// httpAllowHalfOpen is off).
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
const log = [];
const server = http.createServer((req, res) => {
  log.push(`request ${req.url}`);
  req.on('aborted', () => log.push('aborted'));
  req.on('error', (e) => log.push(`req error ${e.code}`));
  req.resume();
});
server.on('clientError', (e, s) => { log.push(`clientError ${e.code} ${e.message}`); s.destroy(); });
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  show('short body then EOF', await raw(port, 'POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\nshort', { end: true }));
  show('half head then EOF', await raw(port, 'GET /b HTTP/1.1\r\nHost: h\r\n', { end: true }));
  show('head then EOF', await raw(port, 'GET /c HTTP/1.1\r\nHost: h\r\n\r\n', { end: true }));
  show('nothing then EOF', await raw(port, '', { end: true }));
  show('chunked cut', await raw(port, 'POST /d HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab', { end: true }));
  setTimeout(() => { console.log(log.join('\n')); server.close(); }, 100);
});
