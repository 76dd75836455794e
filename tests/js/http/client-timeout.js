// Request timeouts: the timeout option and req.setTimeout emit 'timeout'
// (nothing is destroyed until the listener does it); a response in time
// clears it.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/slow') setTimeout(() => res.end('late'), 400);
  else res.end('quick');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = http.get({ port, host: '127.0.0.1', path: '/slow', timeout: 100 });
  console.log('timeout property', a.timeout);
  a.on('timeout', () => {
    console.log('option timeout fired');
    a.destroy(new Error('gave up'));
  });
  a.on('error', (e) => console.log('a error', e.message));
  a.on('close', () => {
    const b = http.get({ port, host: '127.0.0.1', path: '/slow' });
    b.setTimeout(80, () => {
      console.log('setTimeout callback');
      b.destroy();
    });
    b.on('error', (e) => console.log('b error', e.code, e.message));
    b.on('close', () => {
      const c = http.get({ port, host: '127.0.0.1', path: '/fast' }, (res) => {
        res.resume();
        res.on('end', () => {
          console.log('c done', res.statusCode);
          setTimeout(() => server.close(), 150);
        });
      });
      c.setTimeout(100, () => console.log('c timeout (unexpected)'));
      try {
        c.setTimeout('x');
      } catch (e) {
        console.log(e.code, e.message);
      }
    });
  });
});
