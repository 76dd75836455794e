// Replacing http.globalAgent: later requests without an agent use it.
const http = require('http');
const mine = new http.Agent({ keepAlive: false });
let used = 0;
const orig = mine.addRequest;
mine.addRequest = function (...a) { used++; return orig.apply(this, a); };
http.globalAgent = mine;
const server = http.createServer((req, res) => res.end('x'));
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('used custom global agent', used, res.headers.connection);
    res.resume(); res.on('end', () => server.close());
  });
});
