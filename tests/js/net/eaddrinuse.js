// Two servers on the same address and port: EADDRINUSE on the second.
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const { port } = a.address();
  const b = net.createServer();
  b.on('listening', () => console.log('unexpected listening'));
  b.on('error', (err) => {
    console.log(err.name, err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log(err.message.replace(String(port), 'PORT'));
    console.log('b.listening', b.listening, b.address());
    // The failed server can listen again elsewhere.
    b.listen(0, '127.0.0.1', () => {
      console.log('b listens again', b.address().port !== port);
      const c = net.createServer();
      c.listen({ port, host: '127.0.0.1' });
      c.on('error', (err2) => {
        console.log('options form', err2.code, err2.syscall);
        a.close(() => {
          // Free again: the port can be reused at once.
          const d = net.createServer().listen(port, '127.0.0.1', () => {
            console.log('reused', d.address().port === port);
            d.close();
            b.close();
          });
        });
      });
    });
  });
  b.listen(port, '127.0.0.1');
});
