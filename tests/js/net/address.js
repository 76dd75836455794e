// address() shapes for servers and sockets; ports are never printed.
const net = require('net');
const shape = (a) => (a === null ? null : { address: a.address, family: a.family, port: typeof a.port });
const cases = [
  [[0], 'no host'],
  [[0, '127.0.0.1'], '127.0.0.1'],
  [[0, '::1'], '::1'],
  [[{ port: 0, host: '127.0.0.1' }], 'options 127.0.0.1'],
  [[{ port: 0 }], 'options no host'],
  [[{ port: 0, host: 'localhost' }], 'options localhost'],
  [['0', '127.0.0.1'], 'port as string'],
];
function next(i) {
  if (i === cases.length) return sockets();
  const [args, label] = cases[i];
  const s = net.createServer();
  console.log(label, 'before', s.address());
  s.listen(...args, () => {
    console.log(label, shape(s.address()), s.listening);
    s.close(() => {
      console.log(label, 'after close', s.address(), s.listening);
      next(i + 1);
    });
  });
}
try {
  net.createServer().listen({ host: '127.0.0.1' });
} catch (e) {
  console.log(e.code, e.message);
}
next(0);

function sockets() {
  const s = net.createServer((sock) => {
    console.log('server side', shape(sock.address()), sock.remoteFamily, typeof sock.remotePort);
    sock.end();
  });
  s.listen(0, '::1', () => {
    const { port } = s.address();
    const c = net.connect(port, '::1', () => {
      console.log('client side', shape(c.address()), c.remoteAddress, c.remoteFamily, c.remotePort === port);
      console.log('local', c.localAddress, typeof c.localPort, c.localFamily);
    });
    console.log('connecting', c.address(), c.remoteAddress, c.localAddress, c.localPort);
    c.on('close', () => {
      // The dual-stack default server takes both families.
      const d = net.createServer((sock) => sock.end(sock.remoteFamily));
      d.listen(0, () => {
        let left = 2;
        for (const host of ['127.0.0.1', '::1']) {
          const k = net.connect(d.address().port, host);
          k.setEncoding('utf8');
          let got = '';
          k.on('data', (x) => { got += x; });
          k.on('close', () => {
            console.log('dual stack via', host, '->', got);
            if (--left === 0) { d.close(); s.close(); }
          });
        }
      });
    });
  });
}
