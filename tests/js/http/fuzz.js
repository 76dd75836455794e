// 300 connections of random request-shaped junk (some ended, all cut
// after 5 ms): the server answers what it can, reports the rest to
// clientError, and still serves a good client afterwards.
const http = require('http');
const net = require('net');
let served = 0, clientErrors = 0;
const server = http.createServer((req, res) => { served++; req.resume(); res.end('ok'); });
server.on('clientError', (e, s) => { clientErrors++; s.destroy(); });
let seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const pieces = ['GET', 'POST', ' ', '/', 'HTTP/1.1', '\r\n', 'Host: h', 'Content-Length: 5', 'Transfer-Encoding: chunked', ':', '0', 'ffffffffffffffffff', '\x00', '\xff', 'abc', '\n', '\r\n\r\n', 'Expect: 100-continue', 'Upgrade: x', 'Connection: upgrade'];
function junk() { let s = ''; const n = rnd(30); for (let i = 0; i < n; i++) s += pieces[rnd(pieces.length)]; return s; }
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let left = 300;
  const next = () => {
    if (left-- <= 0) { if (left !== -1) return;
      http.get({ port, host: '127.0.0.1' }, (res) => { console.log('alive', res.statusCode, 'clientErrors', clientErrors > 0); res.resume(); res.on('end', () => server.close()); });
      return;
    }
    const s = net.connect(port, '127.0.0.1', () => { s.write(Buffer.from(junk(), 'latin1')); if (rnd(2)) s.end(); setTimeout(() => s.destroy(), 5); });
    s.on('error', () => {});
    s.on('close', next);
  };
  for (let i = 0; i < 4; i++) next();
});
