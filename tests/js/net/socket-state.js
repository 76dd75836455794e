// Socket state through its life: readyState, pending, connecting,
// bytesRead/bytesWritten, writes and end() made before the connection.
const net = require('net');
const server = net.createServer((sock) => {
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    console.log('server got', JSON.stringify(got), sock.bytesRead);
    sock.end('thanks');
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  console.log('new', c.readyState, c.pending, c.connecting, c.bytesRead, c.bytesWritten, c.destroyed);
  console.log('new props', c.remoteAddress, c.localPort, c.bufferSize, c.timeout);
  const ret = c.connect({ port: server.address().port, host: '127.0.0.1' });
  console.log('connect returns the socket', ret === c);
  console.log('connecting', c.readyState, c.pending, c.connecting);
  console.log('write while connecting', c.write('early '), c.bytesWritten);
  c.end('and end');
  console.log('ended while connecting', c.readyState, c.writableEnded, c.bytesWritten);
  c.on('connect', () => console.log('connect', c.readyState, c.pending, c.connecting));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d, c.bytesRead));
  c.on('end', () => console.log('end', c.readyState));
  c.on('close', () => {
    console.log('close', c.readyState, c.pending, c.bytesRead, c.bytesWritten);
    server.close();
  });
});
