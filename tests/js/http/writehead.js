// writeHead with objects, flat arrays and arrays of pairs, reason phrases,
// merging with setHeader, invalid status codes and messages.
const http = require('http');
const { raw, show } = require('./raw.helper.cjs');
let n = 0;
function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const server = http.createServer((req, res) => {
  n++;
  if (req.url === '/obj') {
    res.writeHead(202, { 'X-A': '1', 'x-b': ['2', '3'] }).end('o');
  } else if (req.url === '/flat') {
    res.writeHead(200, 'Fine', ['X-A', '1', 'X-A', '2', 'Content-Length', '1']);
    res.end('f');
  } else if (req.url === '/pairs') {
    res.writeHead(404, [['X-A', 'new'], ['X-B', 'b']]);
    res.end();
  } else if (req.url === '/flatmerge') {
    res.setHeader('X-Set', 's');
    res.setHeader('X-A', 'old');
    res.writeHead(200, ['X-A', 'new', 'X-A', 'new2']);
    res.end();
  } else if (req.url === '/merge') {
    res.setHeader('X-Set', 's');
    res.writeHead(200, { 'X-Set': 'replaced', 'X-Obj': 'o' });
    res.end('m');
  } else {
    tryIt('status 99', () => res.writeHead(99));
    tryIt('status 1000', () => res.writeHead(1000));
    tryIt('status string', () => res.writeHead('abc'));
    tryIt('odd array', () => res.writeHead(200, ['a']));
    tryIt('bad header', () => res.writeHead(200, { 'a b': 'c' }));
    tryIt('bad message', () => res.writeHead(200, 'a\nb'));
    tryIt('unknown code', () => res.writeHead(599));
    res.statusMessage = 'Recovered';
    res.end();
  }
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of ['/obj', '/flat', '/pairs', '/flatmerge', '/merge', '/errors']) {
    show(path, await raw(port, `GET ${path} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`));
  }
  server.close();
});
