// pause()/resume(): a paused socket delivers nothing, the data waits.
const net = require('net');
const server = net.createServer((sock) => {
  sock.write('a'.repeat(1000));
  setTimeout(() => sock.end('b'.repeat(1000)), 20);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let n = 0;
  c.on('data', (d) => { n += d.length; });
  c.pause();
  console.log('paused', c.isPaused());
  setTimeout(() => {
    console.log('while paused got', n, 'buffered', c.readableLength > 0 || 'later');
    c.resume();
    console.log('resumed', c.isPaused());
  }, 80);
  c.on('end', () => console.log('end, got', n));
  c.on('close', () => {
    // Server-side pauseOnConnect: nothing is read until resume().
    const s2 = net.createServer({ pauseOnConnect: true }, (sock) => {
      console.log('pauseOnConnect flowing', sock.readableFlowing, sock.isPaused());
      let m = 0;
      sock.on('data', (d) => { m += d.length; });
      setTimeout(() => {
        console.log('before resume', m);
        sock.resume();
      }, 40);
      sock.on('end', () => {
        console.log('after resume', m);
        s2.close();
        server.close();
      });
    });
    s2.listen(0, '127.0.0.1', () => {
      const k = net.connect(s2.address().port, '127.0.0.1', () => k.end('x'.repeat(500)));
    });
  });
});
