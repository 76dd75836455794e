// Expect: 100-continue: without a checkContinue listener the server sends
// 100 itself; with one, the listener decides; other expectations get 417.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');

function run(server, next) {
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const req = http.request({ port, host: '127.0.0.1', method: 'PUT', headers: { Expect: '100-continue' } });
    req.on('continue', () => {
      console.log('client: continue');
      req.end('payload');
    });
    req.on('information', (info) => console.log('client: information', info.statusCode, info.statusMessage));
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('client: response', res.statusCode, body);
        server.close(next);
      });
    });
  });
}

const auto = http.createServer((req, res) => {
  console.log('auto: request', req.headers.expect);
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});
const manual = http.createServer();
manual.on('checkContinue', (req, res) => {
  console.log('manual: checkContinue', req.url);
  res.writeContinue();
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`manual ${body}`));
});
manual.on('request', () => console.log('manual: request (unexpected)'));
run(auto, () => run(manual, async () => {
  const other = http.createServer(() => console.log('unexpected request'));
  other.listen(0, '127.0.0.1', async () => {
    show('expect other', await raw(other.address().port,
      'GET / HTTP/1.1\r\nHost: h\r\nExpect: something\r\nConnection: close\r\n\r\n'));
    other.close();
  });
}));
