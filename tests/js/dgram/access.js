// Under a network grant for 127.0.0.1 only (see access.sandnode-flags),
// sandnode refuses a bind, send or connect elsewhere with ERR_ACCESS_DENIED
// (permission 'Net', resource host:port); node, unsandboxed, allows them.
// What the grant covers works alike.
const dgram = require('dgram');
const summary = (e) => (e ? [e.code, e.permission, e.resource].join(' ') : 'ok');
const server = dgram.createSocket('udp4');
server.on('message', (msg) => {
  console.log('server got', msg.toString());
  if (msg.toString() === 'granted') refused();
});
server.bind(0, '127.0.0.1', () => {
  const client = dgram.createSocket('udp4');
  client.send('granted', server.address().port, '127.0.0.1', (err, n) => {
    console.log('send to 127.0.0.1', summary(err), n);
    client.close();
  });
});
function refused() {
  const a = dgram.createSocket('udp4');
  a.send('elsewhere', 9, '127.0.0.2', (err) => {
    console.log('send to 127.0.0.2:9', summary(err));
    a.connect(9, '127.0.0.3', (err2) => {
      console.log('connect to 127.0.0.3:9', summary(err2));
      a.close();
      const b = dgram.createSocket('udp4');
      b.on('error', (e) => {
        console.log('bind error', summary(e));
        b.close();
        server.close();
      });
      b.bind(0, '127.0.0.4', () => {
        console.log('bound 127.0.0.4');
        b.close();
        server.close();
      });
    });
  });
}
