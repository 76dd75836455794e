// A connected socket sending to a loopback port nobody listens on hears
// the refusal as an 'error' (recvmsg ECONNREFUSED); the socket stays usable
// and closes normally.
const dgram = require('dgram');
const probe = dgram.createSocket('udp4');
probe.bind(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const c = dgram.createSocket('udp4');
    c.once('error', (e) => {
      console.log('error event', e.code, e.name, e.message, e.errno, e.syscall);
      console.log('still connected', c.remoteAddress().port === port);
      c.close(() => console.log('closed'));
    });
    c.connect(port, '127.0.0.1', () => {
      c.send('anyone?', (err, n) => console.log('sent', err, n));
    });
  });
});
