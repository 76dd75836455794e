// The events of one exchange in order, on both sides: 'connection',
// 'request', 'socket', 'response', 'finish', 'end', 'close'.
const http = require('http');
const ev = [];
const server = http.createServer();
server.on('connection', () => ev.push('server connection'));
server.on('request', (req, res) => {
  ev.push(`server request ${req.method} ${req.url}`);
  req.on('data', (d) => ev.push(`server req data ${d}`));
  req.on('end', () => {
    ev.push('server req end');
    res.setHeader('X-A', 'a');
    res.end('reply');
  });
  req.on('close', () => ev.push('server req close'));
  res.on('finish', () => ev.push('server res finish'));
  res.on('close', () => ev.push('server res close'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT', path: '/x' });
  req.on('socket', (s) => ev.push(`client socket ${s.constructor.name}`));
  req.on('finish', () => ev.push('client req finish'));
  req.on('close', () => {
    ev.push('client req close');
  });
  req.on('response', (res) => {
    ev.push(`client response ${res.statusCode} ${res.headers['x-a']}`);
    res.on('data', (d) => ev.push(`client res data ${d}`));
    res.on('end', () => ev.push('client res end'));
    res.on('close', () => {
      ev.push('client res close');
      setTimeout(() => {
        server.close(() => {
          for (const e of ev) console.log(e);
        });
      }, 50);
    });
  });
  req.end('payload');
});
