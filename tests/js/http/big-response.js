// A large response written with backpressure ('drain' on the response)
// arrives whole and in order; the client reads it slowly (pause/resume).
const http = require('http');
const crypto = require('crypto');
const CHUNK = 32 * 1024;
const COUNT = 64;
function piece(i) { return Buffer.alloc(CHUNK, i % 251); }
const want = crypto.createHash('sha256');
for (let i = 0; i < COUNT; i++) want.update(piece(i));
const expected = want.digest('hex');
const server = http.createServer((req, res) => {
  let i = 0;
  let sawFalse = false;
  const pump = () => {
    while (i < COUNT) {
      if (!res.write(piece(i++))) { sawFalse = true; res.once('drain', pump); return; }
    }
    res.end(() => console.log('server done, backpressure seen', sawFalse));
  };
  pump();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    const h = crypto.createHash('sha256');
    let n = 0;
    let paused = false;
    res.on('data', (d) => {
      h.update(d);
      n += d.length;
      if (!paused && n > CHUNK * 8) {
        paused = true;
        res.pause();
        setTimeout(() => res.resume(), 50);
      }
    });
    res.on('end', () => {
      console.log('client got', n, h.digest('hex') === expected, res.headers['transfer-encoding']);
      server.close();
    });
  });
});
