// The server goes away: before answering ('socket hang up', ECONNRESET on
// the request), and in the middle of a body (the response is aborted
// with 'aborted').
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/drop') {
    req.socket.destroy();
    return;
  }
  res.writeHead(200, { 'Content-Length': 100 });
  res.write('partial');
  setTimeout(() => res.socket.destroy(), 50);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const events = [];
  const req = http.get({ port, host: '127.0.0.1', path: '/drop' }, () => events.push('response'));
  req.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
  req.on('close', () => {
    events.push('close');
    console.log(events.join(' | '));
    const ev2 = [];
    http.get({ port, host: '127.0.0.1', path: '/mid' }, (res) => {
      ev2.push(`response ${res.statusCode}`);
      res.on('data', (d) => ev2.push(`data ${d}`));
      res.on('aborted', () => ev2.push(`aborted ${res.aborted} complete ${res.complete}`));
      res.on('error', (e) => ev2.push(`res error ${e.code} ${e.message}`));
      res.on('end', () => ev2.push('end'));
      res.on('close', () => {
        ev2.push('res close');
        setTimeout(() => {
          console.log(ev2.join(' | '));
          server.close();
        }, 20);
      });
    }).on('error', (e) => ev2.push(`req error ${e.code}`));
  });
});
