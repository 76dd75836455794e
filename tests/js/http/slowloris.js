// A slowloris client that trickles its head is cut off after
// headersTimeout with 408; a request whose body is too slow is cut off
// after requestTimeout; a fast client on the same server is fine.
const http = require('http');
const net = require('net');
const { mask } = require('./raw.helper.cjs');
// Server-side events are printed at the end: when they happen relative to
// the client's view of the close is up to the scheduler.
const serverLog = [];
const server = http.createServer({ headersTimeout: 200, requestTimeout: 400, connectionsCheckingInterval: 50 }, (req, res) => {
  serverLog.push(`request ${req.url}`);
  req.on('data', () => {});
  req.on('error', (e) => serverLog.push(`req error ${e.code} ${e.message}`));
  req.on('aborted', () => serverLog.push('req aborted'));
  req.on('end', () => res.end('done'));
});
console.log(server.headersTimeout, server.requestTimeout, server.connectionsCheckingInterval, server.keepAliveTimeout, server.timeout);
function slow(port, first, drip, cb) {
  const s = net.connect(port, '127.0.0.1');
  let got = '';
  const timer = setInterval(() => { if (!s.destroyed) s.write(drip); }, 40);
  s.setEncoding('latin1');
  s.on('data', (d) => { got += d; });
  s.on('error', () => {});
  s.on('close', () => {
    clearInterval(timer);
    cb(mask(got));
  });
  s.write(first);
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  slow(port, 'GET /head HTTP/1.1\r\nHost: h\r\n', 'X-Drip: 1\r\n', (text) => {
    console.log('headers timeout ->', JSON.stringify(text));
    slow(port, 'POST /body HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n', 'b', (text2) => {
      console.log('request timeout ->', JSON.stringify(text2));
      http.get({ port, host: '127.0.0.1', path: '/fast' }, (res) => {
        res.resume();
        res.on('end', () => {
          console.log('fast client', res.statusCode);
          server.close(() => console.log(serverLog.join('\n')));
        });
      });
    });
  });
});
