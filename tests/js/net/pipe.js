// Sockets as ordinary streams: pipeline through a Transform, async iteration,
// and stream.finished.
const net = require('net');
const { pipeline, Transform, finished } = require('stream');
const upper = () => new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
const server = net.createServer((sock) => {
  pipeline(sock, upper(), sock, (err) => console.log('server pipeline done', err));
});
server.listen(0, '127.0.0.1', async () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  finished(c, (err) => console.log('client finished', err));
  c.write('hello ');
  c.write('streams');
  c.end();
  const parts = [];
  for await (const chunk of c) parts.push(chunk);
  console.log('iterated', Buffer.concat(parts).toString());
  server.close(() => console.log('closed'));
});
