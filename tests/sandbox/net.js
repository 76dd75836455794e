// The network outside the grant: connecting to a port that is not allowed,
// listening on one, and looking up a name, each refused by the host with
// Node's permission-model error naming --allow-net. The one granted
// address is reachable (nothing listens there: ECONNREFUSED).
// sandnode-flags: --allow-net=127.0.0.1:9
// exit: 0
const net = require('net');
const dns = require('dns');
function listen(port, done) {
  const server = net.createServer().on('error', done);
  server.listen(port, '127.0.0.1', () => server.close(() => done(null)));
}
const steps = [
  ['connect 127.0.0.1:80', (done) => net.connect(80, '127.0.0.1').on('error', done).on('connect', () => done(null))],
  ['connect granted 127.0.0.1:9', (done) => net.connect(9, '127.0.0.1').on('error', done).on('connect', () => done(null))],
  ['listen 127.0.0.1:0', (done) => listen(0, done)],
  ['listen 127.0.0.1:9', (done) => listen(9, done)],
  ['lookup example.com', (done) => dns.lookup('example.com', (e) => done(e))],
  ['lookup via connect', (done) => net.connect(80, 'example.com').on('error', done).on('connect', () => done(null))],
];
(function next(i) {
  if (i === steps.length) return;
  const [label, run] = steps[i];
  let reported = false;
  run((err) => {
    if (reported) return;
    reported = true;
    if (err === null) console.log(`${label}: allowed`);
    else console.log(`${label}: ${err.code}${err.permission ? ` ${err.permission} ${err.resource}` : ''}`);
    next(i + 1);
  });
})(0);
