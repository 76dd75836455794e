// A large upload written with backpressure: ClientRequest.write returns
// false and 'drain' follows; the server reads slowly and gets every byte.
const http = require('http');
const crypto = require('crypto');
const CHUNK = 64 * 1024;
const COUNT = 64;
function piece(i) { return Buffer.alloc(CHUNK, (i * 7) % 256); }
const want = crypto.createHash('sha256');
for (let i = 0; i < COUNT; i++) want.update(piece(i));
const expected = want.digest('hex');
const server = http.createServer((req, res) => {
  const h = crypto.createHash('sha256');
  let n = 0;
  let paused = false;
  req.on('data', (d) => {
    h.update(d);
    n += d.length;
    if (!paused && n > CHUNK * 4) {
      paused = true;
      req.pause();
      setTimeout(() => req.resume(), 100);
    }
  });
  req.on('end', () => res.end(`${n} ${h.digest('hex') === expected}`));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT' }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('server says', body);
      console.log('client saw backpressure', falses > 0, drains === falses);
      server.close();
    });
  });
  let i = 0;
  let falses = 0;
  let drains = 0;
  req.on('drain', () => { drains++; pump(); });
  function pump() {
    while (i < COUNT) {
      if (!req.write(piece(i++))) { falses++; return; }
    }
    req.end();
  }
  pump();
});
