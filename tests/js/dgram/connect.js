// connect/send/remoteAddress/disconnect on udp4: the 'connect' event and
// callback, sends without a destination, ERR_SOCKET_DGRAM_IS_CONNECTED and
// ERR_SOCKET_DGRAM_NOT_CONNECTED, and a connect to a name that does not
// resolve.
const dgram = require('dgram');
const show = (label, e) => console.log(label, e.code, e.name, e.message);
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const order = [];
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.size);
  if (msg.toString() === 'after disconnect') done();
});
server.bind(0, '127.0.0.1', () => {
  const { port } = server.address();
  try { client.remoteAddress(); } catch (e) { show('remoteAddress before connect', e); }
  try { client.disconnect(); } catch (e) { show('disconnect before connect', e); }
  try { client.connect(0); } catch (e) { show('connect port 0', e); }
  try { client.connect(port, 5); } catch (e) { show('connect address 5', e); }
  client.on('connect', () => order.push('connect event'));
  client.connect(port, '127.0.0.1', () => {
    order.push('connect callback');
    console.log(order.join(', '));
    const remote = client.remoteAddress();
    console.log('remote', remote.address, remote.family, remote.port === port);
    try { client.connect(port, '127.0.0.1'); } catch (e) { show('connect twice', e); }
    try { client.send('x', port, '127.0.0.1'); } catch (e) { show('send with port when connected', e); }
    try { client.send('x', 0, 1, port); } catch (e) { show('send offset form with port when connected', e); }
    client.send('connected 1', (err, n) => {
      console.log('connected send', err, n);
      client.send(Buffer.from('__connected 2__'), 2, 11, (err2, n2) => {
        console.log('connected send with offset/length', err2, n2);
        client.send(['connected ', '3'], (err3, n3) => {
          console.log('connected send list', err3, n3);
          client.disconnect();
          try { client.remoteAddress(); } catch (e) { show('remoteAddress after disconnect', e); }
          try { client.disconnect(); } catch (e) { show('disconnect twice', e); }
          client.send('after disconnect', port, '127.0.0.1', (err4, n4) => console.log('unconnected send', err4, n4));
        });
      });
    });
  });
});
function done() {
  const other = dgram.createSocket('udp4');
  other.connect(9, 'no-such-host.invalid', (err) => {
    console.log('connect to bad name', err.code, err.syscall, err.hostname);
    try { other.remoteAddress(); } catch (e) { show('remoteAddress after failed connect', e); }
    other.on('error', (e) => console.log('error event', e.code));
    other.connect(9, 'no-such-host.invalid');
    setTimeout(() => {
      other.close();
      client.close();
      server.close(() => console.log('closed'));
    }, 50);
  });
}
