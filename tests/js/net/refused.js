// Connecting to a port that was just closed: ECONNREFUSED, as Node reports it.
const net = require('net');
const show = (label, err, port) => {
  console.log(label, err.name, err.code, err.errno, err.syscall, err.address, err.port === port);
  console.log(label, err.message.replace(String(port), 'PORT'));
};
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (err) => {
      show('callback', err, port);
      console.log('state', c.destroyed, c.readyState, c.connecting, c.pending);
    });
    c.on('close', (hadError) => {
      console.log('close', hadError);
      // The same through a host name.
      const d = net.createConnection({ port, host: 'localhost' });
      d.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
      d.on('error', (err) => show('localhost', err, port));
      d.on('close', (h) => {
        console.log('close 2', h);
        // A write queued before the failure gets the error too.
        const e = net.connect({ port, host: '127.0.0.1' });
        e.write('queued', (err) => console.log('write cb', err && err.code));
        e.on('error', (err) => console.log('error 3', err.code));
        e.on('close', () => console.log('close 3'));
      });
    });
  });
});
