// Echo between two udp4 sockets in one script: rinfo, send callbacks, the
// string/Buffer/array forms, 'listening', 'message', 'close' order.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const events = [];
server.on('listening', () => events.push('server listening'));
server.on('close', () => { events.push('server close'); console.log(events.join('\n')); });
server.on('message', (msg, rinfo) => {
  console.log('server got', JSON.stringify(msg.toString()), Buffer.isBuffer(msg), rinfo.family, rinfo.size, rinfo.address, typeof rinfo.port);
  console.log('rinfo keys', Object.keys(rinfo).join(','));
  const reply = msg.toString().toUpperCase();
  server.send(reply, rinfo.port, rinfo.address, (err, n) => console.log('server reply sent', err, n));
});

server.bind(0, '127.0.0.1', function () {
  console.log('bind callback this === server', this === server);
  const { port, address, family } = server.address();
  console.log('server address', address, family, typeof port, port > 0);
  const client = dgram.createSocket({ type: 'udp4' });
  console.log('client type', client.type, client instanceof dgram.Socket, client instanceof require('events'));
  const want = 4;
  let got = 0;
  client.on('message', (msg, rinfo) => {
    console.log('client got', JSON.stringify(msg.toString()), rinfo.port === port, rinfo.address);
    if (++got === want) {
      client.close(() => {
        console.log('client closed');
        server.close();
      });
    }
  });
  client.on('listening', () => {
    const a = client.address();
    console.log('client implicitly bound to', a.address, a.family, a.port > 0);
  });
  // The first send binds the client implicitly; the rest wait for that.
  client.send('hello', port, '127.0.0.1', (err, n) => {
    console.log('sent string', err, n);
    client.send(Buffer.from('buffer'), port, '127.0.0.1', (err2, n2) => {
      console.log('sent buffer', err2, n2);
      client.send(['a', Buffer.from('rr'), new Uint8Array([97, 121])], port, '127.0.0.1', (err3, n3) => {
        console.log('sent array', err3, n3);
        // No address: udp4 sends to 127.0.0.1.
        client.send('default host', port, (err4, n4) => console.log('sent without address', err4, n4));
      });
    });
  });
});
