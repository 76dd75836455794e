// setTimeout on sockets: 'timeout' after idle time, reset by activity,
// off with 0; the socket stays open until the program closes it.
const net = require('net');
const server = net.createServer((sock) => {
  sock.setTimeout(60);
  sock.on('timeout', () => {
    console.log('server: timeout, still open:', !sock.destroyed);
    sock.setTimeout(0);
    sock.end('bye');
  });
  sock.on('data', (d) => console.log('server: data', d.toString()));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = net.connect(port, '127.0.0.1');
  console.log('timeout before', c.timeout);
  c.setTimeout(1000, () => console.log('client timeout'));
  console.log('timeout now', c.timeout);
  c.on('connect', () => {
    // Keep the server busy for a while: its timer is refreshed by data.
    let k = 0;
    const iv = setInterval(() => {
      c.write(`ping${k}`);
      if (++k === 3) clearInterval(iv);
    }, 25);
  });
  c.on('data', (d) => console.log('client: data', d.toString()));
  c.on('close', () => {
    console.log('client close', c.timeout);
    c.setTimeout(0);
    const d = net.connect(port, '127.0.0.1');
    d.setTimeout(30);
    let fired = 0;
    d.on('timeout', () => {
      fired++;
      console.log('d: timeout', fired);
      if (fired === 2) {
        d.setTimeout(0);
        setTimeout(() => {
          console.log('no more timeouts after 0:', fired);
          d.destroy();
          server.close();
        }, 80);
      }
    });
  });
  try { c.setTimeout(-1); } catch (e) { console.log(e.code, e.message); }
  try { c.setTimeout('x'); } catch (e) { console.log(e.code, e.message); }
  try { c.setTimeout(10, 'nope'); } catch (e) { console.log(e.code, e.message); }
});
