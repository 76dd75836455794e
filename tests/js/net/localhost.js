// Host names: connect to "localhost" (a lookup event), a server listening on
// "localhost", and an unknown name failing with ENOTFOUND.
const net = require('net');
const server = net.createServer((sock) => sock.end(`hi ${sock.remoteFamily}`));
server.listen(0, 'localhost', () => {
  const a = server.address();
  console.log('server on', a.address, a.family);
  const c = net.connect(a.port, 'localhost');
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  c.on('connect', () => console.log('connected to', c.remoteAddress));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => {
    const bad = net.connect({ port: a.port, host: 'no-such-host.invalid' });
    bad.on('lookup', (err) => console.log('lookup failed', err.code, err.syscall, err.hostname));
    bad.on('error', (err) => {
      console.log('error', err.code, err.errno, err.syscall, err.hostname, err.message);
      // A custom lookup function is used instead of dns.lookup.
      const custom = net.connect({
        port: a.port,
        host: 'my-alias',
        lookup(host, opts, cb) {
          console.log('custom lookup for', host, opts.all === true || opts.all === undefined);
          if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
          else cb(null, '127.0.0.1', 4);
        },
      });
      custom.setEncoding('utf8');
      custom.on('data', (d) => console.log('custom data', d));
      custom.on('close', () => server.close());
    });
  });
});
