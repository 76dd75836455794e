// Server API: events, listen errors, close semantics, getConnections,
// maxConnections ('drop'), listening, async dispose.
const net = require('net');
const s = net.createServer();
console.log('listening?', s.listening, s.maxConnections, typeof s.getConnections);
s.close((err) => console.log('close cb when not running:', err.code, err.message));
s.on('close', () => console.log('close event though not running'));
s.getConnections((err, n) => console.log('getConnections idle', err, n));
try { s.getConnections(); } catch (e) { console.log(e.code, e.message); }
for (const args of [[70000], [-1], [{ port: 1.5 }], [{ port: true }], [{ port: '99999' }]]) {
  try { net.createServer().listen(...args); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { net.createServer('nope'); } catch (e) { console.log(e.code, e.message); }

const m = net.createServer({ allowHalfOpen: false }, (sock) => {
  console.log('connection', m.listening);
});
m.maxConnections = 1;
m.on('drop', (info) => console.log('drop', Object.getPrototypeOf(info), Object.keys(info).map((k) => `${k}:${typeof info[k]}`).join(' ')));
m.listen(0, '127.0.0.1', () => {
  try { m.listen(0); } catch (e) { console.log(e.code, e.message); }
  const { port } = m.address();
  const a = net.connect(port, '127.0.0.1', () => {
    m.getConnections((err, n) => {
      console.log('connections', err, n);
      const b = net.connect(port, '127.0.0.1');
      b.on('end', () => console.log('dropped client sees end'));
      b.on('close', () => {
        console.log('dropped client closed');
        m.close(() => console.log('server closed after last connection'));
        console.log('after close(): listening', m.listening, m.address());
        setTimeout(() => a.end(), 30);
      });
    });
  });
  a.on('close', () => console.log('first client closed'));
});
m.on('close', () => {
  console.log('close event');
  const d = net.createServer();
  d.listen(0, '127.0.0.1', async () => {
    await d[Symbol.asyncDispose]();
    console.log('disposed', d.listening);
    const e = net.createServer();
    e.on('listening', () => console.log('listening event with no callback'));
    e.listen({ port: 0, host: '127.0.0.1', backlog: 5 });
    e.on('listening', () => e.close());
  });
});
