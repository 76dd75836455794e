// A server and a client on 127.0.0.1: echo, events in order, properties.
const net = require('net');
const events = [];
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, sock.remoteFamily, typeof sock.remotePort);
  console.log('server: local', sock.localAddress, sock.localPort === server.address().port, sock.localFamily);
  console.log('server: readyState', sock.readyState, 'pending', sock.pending, 'connecting', sock.connecting);
  sock.on('data', (d) => {
    console.log('server: data', JSON.stringify(d.toString()), Buffer.isBuffer(d));
    sock.write(d.toString().toUpperCase());
  });
  sock.on('end', () => { console.log('server: end'); });
  sock.on('finish', () => console.log('server: finish'));
  sock.on('close', (hadError) => console.log('server: socket close', hadError, sock.readyState));
});
console.log('before listen', server.address(), server.listening);
server.on('listening', () => console.log('event: listening'));
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log('listening', a.address, a.family, typeof a.port, server.listening);
  const c = net.connect(a.port, '127.0.0.1', () => {
    console.log('client: connect cb', c.remoteAddress, c.remotePort === a.port, c.readyState, c.pending);
    c.write('hello ', () => events.push('write cb 1'));
    c.end('world', () => events.push('end cb'));
    console.log('client: after end', c.readyState, c.writable, c.writableEnded);
  });
  console.log('client: initial', c.readyState, c.pending, c.connecting, c.remoteAddress);
  c.on('connect', () => console.log('client: connect event'));
  c.on('ready', () => console.log('client: ready event'));
  c.on('lookup', () => console.log('client: lookup (not for an IP)'));
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('finish', () => console.log('client: finish'));
  c.on('end', () => console.log('client: end', JSON.stringify(got), c.readyState));
  c.on('close', (hadError) => {
    console.log('client: close', hadError, c.bytesRead, c.bytesWritten, c.readyState, c.destroyed);
    console.log('client: after close', c.remoteAddress, c.remotePort === a.port, c.localAddress);
    console.log('events', events.join(', '));
    server.close(() => console.log('server closed', server.listening, server.address()));
  });
});
