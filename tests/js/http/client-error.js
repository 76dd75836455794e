// A 'clientError' listener gets the parse error and the socket and answers
// itself; errors carry llhttp-like codes and the raw packet.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
const server = http.createServer((req, res) => res.end('ok'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err instanceof Error, Buffer.isBuffer(err.rawPacket), typeof err.bytesParsed);
  socket.end('HTTP/1.1 400 Custom\r\nConnection: close\r\n\r\n');
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  show('method', await raw(port, 'FROB / HTTP/1.1\r\nHost: h\r\n\r\n'));
  show('header', await raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nX Y: z\r\n\r\n'));
  show('good', await raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'));
  server.close();
});
