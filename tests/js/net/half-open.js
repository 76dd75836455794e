// allowHalfOpen: after the peer's end, the other side may still write.
const net = require('net');
// Each side keeps its own log: the order between two sockets' events is
// up to the network, the order within one socket is not.
const log = [];
const slog = [];
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    slog.push(`server end (got ${got}) writable=${sock.writable} state=${sock.readyState}`);
    // Still writable: answer in three parts over time.
    sock.write('one,');
    setTimeout(() => {
      sock.write('two,');
      setTimeout(() => sock.end('three'), 20);
    }, 20);
  });
  sock.on('finish', () => slog.push(`server finish state=${sock.readyState}`));
  sock.on('close', () => slog.push('server close'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.setEncoding('utf8');
  let got = '';
  c.on('connect', () => {
    c.end('question');
    log.push(`client ended, state=${c.readyState} writable=${c.writable} readable=${c.readable}`);
  });
  c.on('finish', () => log.push(`client finish state=${c.readyState}`));
  c.on('data', (d) => { got += d; });
  c.on('end', () => log.push(`client end (got ${got}) state=${c.readyState}`));
  c.on('close', () => {
    log.push('client close');
    setTimeout(() => {
      console.log(log.join('\n'));
      console.log(slog.join('\n'));
      // Without allowHalfOpen the server side ends itself after 'end'.
      second();
    }, 30);
  });
});
function second() {
  const s2 = net.createServer((sock) => {
    sock.on('end', () => console.log('s2: end, writable now', sock.writable));
    sock.on('finish', () => console.log('s2: finish (auto end)'));
    sock.on('close', () => console.log('s2: close'));
  });
  s2.listen(0, '127.0.0.1', () => {
    const c = net.connect(s2.address().port, '127.0.0.1', () => c.end());
    c.on('end', () => console.log('c2: end'));
    c.on('close', () => {
      console.log('c2: close');
      server.close();
      s2.close();
    });
  });
}
