// server.close() stops listening and ends idle keep-alive connections;
// closeIdleConnections() leaves busy ones; closeAllConnections() ends
// them all; 'close' comes once every connection is gone.
const http = require('http');
const net = require('net');
let release;
const server = http.createServer((req, res) => {
  if (req.url === '/busy') { release = () => res.end('late'); return; }
  res.end('ok');
});
function client(path) {
  const s = net.connect(server.address().port, '127.0.0.1');
  s.result = '';
  s.setEncoding('latin1');
  s.on('data', (d) => { s.result += d; });
  s.write(`GET ${path} HTTP/1.1\r\nHost: h\r\n\r\n`);
  return s;
}
server.listen(0, '127.0.0.1', () => {
  const idle = client('/idle');
  const busy = client('/busy');
  idle.on('close', () => console.log('idle socket closed', idle.result.startsWith('HTTP/1.1 200')));
  busy.on('close', () => console.log('busy socket closed', JSON.stringify(busy.result)));
  setTimeout(() => {
    server.getConnections((err, n) => {
      console.log('connections', err, n);
      server.closeIdleConnections();
      setTimeout(() => {
        server.getConnections((err2, n2) => {
          console.log('after closeIdle', n2);
          server.close((err3) => console.log('server close callback', err3));
          console.log('listening', server.listening);
          setTimeout(() => {
            console.log('busy still open', !busy.destroyed);
            server.closeAllConnections();
            setTimeout(() => { if (release) console.log('release after closeAll'); }, 20);
          }, 50);
        });
      }, 50);
    });
  }, 100);
});
server.on('close', () => console.log('server close event'));
