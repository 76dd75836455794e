// An unref'd server or socket does not keep the process alive.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('connection');
  sock.on('data', () => {});
  sock.unref();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected; unref both');
    c.unref();
    server.unref();
    setTimeout(() => console.log('timer still runs while something is ref\'d'), 10);
  });
  // ref()/unref() return the object.
  console.log(c.ref() === c, server.ref() === server);
});
process.on('exit', (code) => console.log('exit', code));
