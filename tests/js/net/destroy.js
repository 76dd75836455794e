// destroy(): with and without an error, mid-stream, before connecting.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    if (d.toString().includes('bye')) {
      // Server destroys its side; the client sees the end of the stream.
      sock.destroy();
      console.log('server destroyed', sock.destroyed, sock.readyState);
    }
  });
  sock.on('error', (e) => console.log('server sock error', e.code));
});
server.listen(0, '127.0.0.1', step1);

function step1() {
  const { port } = server.address();
  const c = net.connect(port, '127.0.0.1', () => c.write('bye'));
  c.on('end', () => console.log('step1 client end'));
  c.on('close', (h) => {
    console.log('step1 client close', h);
    step2(port);
  });
}

function step2(port) {
  const c = net.connect(port, '127.0.0.1', () => {
    c.destroy(new Error('boom'));
    console.log('after destroy', c.destroyed, c.readyState, c.writable, c.readable);
    c.write('late', (err) => console.log('late write cb', err && err.code));
  });
  const order = [];
  c.on('error', (e) => order.push(`error ${e.message}`));
  c.on('close', (h) => {
    order.push(`close ${h}`);
    console.log('step2', order.join(', '));
    step3(port);
  });
}

function step3(port) {
  // Destroyed while connecting: no connect, a close without error.
  const c = net.connect(port, '127.0.0.1');
  c.on('connect', () => console.log('unexpected connect'));
  c.on('close', (h) => {
    console.log('step3 close', h, c.connecting, c.pending);
    step4(port);
  });
  c.destroy();
  console.log('step3 destroyed', c.destroyed, c.connecting);
}

function step4(port) {
  // Destroyed mid-transfer by the client: the server sees end and close.
  server.once('connection', (sock) => {
    let n = 0;
    sock.on('data', (d) => { n += d.length; });
    sock.on('end', () => console.log('step4 server end, got something', n > 0));
    sock.on('close', () => {
      console.log('step4 server close');
      server.close(() => console.log('done'));
    });
  });
  const c = net.connect(port, '127.0.0.1', () => {
    c.write(Buffer.alloc(100000, 1), () => {
      c.destroy();
      console.log('step4 client destroyed');
    });
  });
}
