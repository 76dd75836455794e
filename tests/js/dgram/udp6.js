// udp6 on ::1: bind, address(), echo, rinfo family, the '::1' default
// destination, and a udp6 socket bound implicitly to '::'.
const dgram = require('dgram');
const a = dgram.createSocket('udp6');
const b = dgram.createSocket({ type: 'udp6', ipv6Only: true });
a.bind(0, '::1', () => {
  const addr = a.address();
  console.log('a', addr.address, addr.family, typeof addr.port);
  b.on('message', (msg, rinfo) => {
    console.log('b got', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
    b.close(() => console.log('b closed'));
  });
  a.on('message', (msg, rinfo) => {
    console.log('a got', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
    a.send(`re:${msg}`, rinfo.port, rinfo.address, (err, n) => {
      console.log('a replied', err, n);
      if (msg.toString() === 'second') a.close(() => console.log('a closed'));
    });
  });
  b.send('first', addr.port, '::1', (err, n) => {
    console.log('b sent', err, n, b.address().address, b.address().family);
    b.send('second', addr.port, (err2, n2) => console.log('b sent to default ::1', err2, n2));
  });
});
