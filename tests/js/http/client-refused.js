// Connecting to a closed port: 'error' with ECONNREFUSED, then 'close';
// http.get with a promise wrapper; an unknown host via a lookup that fails.
const http = require('http');
const net = require('net');
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const events = [];
    const req = http.get({ port, host: '127.0.0.1' }, () => events.push('response'));
    req.on('socket', () => events.push('socket'));
    req.on('error', (e) => {
      events.push('error');
      console.log(e.code, e.syscall, e.address, e.port === port, e.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
    });
    req.on('close', () => {
      events.push('close');
      console.log(events.join(' '));
      const lookup = (host, opts, cb) => {
        const err = new Error(`getaddrinfo ENOTFOUND ${host}`);
        err.code = 'ENOTFOUND';
        cb(err);
      };
      const req2 = http.get({ host: 'nowhere.invalid', port: 1, lookup });
      req2.on('error', (e) => console.log('lookup error', e.code, e.message));
    });
  });
});
