// Many clients at once: every connection is served, none blocks another.
const net = require('net');
const N = 60;
const server = net.createServer((sock) => {
  let buf = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    buf += d;
    const nl = buf.indexOf('\n');
    if (nl !== -1) {
      const id = Number(buf.slice(0, nl));
      // Answer out of order: later ids first.
      setTimeout(() => sock.end(`reply ${id * 2}\n`), (N - id) % 7);
    }
  });
});
const replies = [];
let peak = 0;
server.on('connection', () => {
  server.getConnections((err, count) => { peak = Math.max(peak, count); });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  let done = 0;
  for (let id = 0; id < N; id++) {
    const c = net.connect({ port, host: '127.0.0.1' });
    c.setEncoding('utf8');
    let got = '';
    c.on('connect', () => c.write(`${id}\n`));
    c.on('data', (d) => { got += d; });
    c.on('close', () => {
      replies[id] = got.trim();
      if (++done === N) {
        console.log('all closed', replies.length, replies.every((r, i) => r === `reply ${i * 2}`));
        console.log(replies.slice(0, 3), replies.slice(-2));
        console.log('peak connections > 1:', peak > 1);
        // close() waits for the server's side of every connection.
        server.close(() => {
          server.getConnections((err, count) => console.log('closed; left', err, count));
        });
      }
    });
  }
});
