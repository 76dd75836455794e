// The lookup option: called with (address, family, callback) for bind,
// send and connect; its errors reach the send callback, 'error' or the
// connect callback. Also 'localhost' through dns.lookup, and buffer sizes
// given as createSocket options.
const dgram = require('dgram');
const calls = [];
function lookup(address, family, callback) {
  calls.push(`${address}/${family}`);
  if (address === 'broken.test') {
    const err = new Error('lookup refused broken.test');
    err.code = 'EBROKEN';
    return process.nextTick(callback, err);
  }
  const map = { 'bindhere.test': '127.0.0.1', 'peer.test': '127.0.0.1' };
  process.nextTick(callback, null, map[address] ?? address, 4);
}
const server = dgram.createSocket({ type: 'udp4', lookup, recvBufferSize: 16384, sendBufferSize: 8192 });
let gotByName;
const byName = new Promise((resolve) => { gotByName = resolve; });
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.address);
  if (msg.toString() === 'by name') gotByName();
  if (msg.toString() === 'via localhost') finish();
});
server.bind(0, 'bindhere.test', () => {
  console.log('bound to', server.address().address);
  console.log('buffer sizes from options', server.getRecvBufferSize(), server.getSendBufferSize());
  const { port } = server.address();
  const client = dgram.createSocket({ type: 'udp4', lookup });
  client.send('by name', port, 'peer.test', (err, n) => {
    console.log('send by name', err, n);
    client.send('x', port, 'broken.test', (err2, n2) => {
      console.log('send to broken name', err2.code, err2.message, n2);
      client.on('error', (e) => {
        console.log('error event', e.code);
        client.connect(port, 'broken.test', (err3) => {
          console.log('connect to broken name', err3.code);
          client.connect(port, 'peer.test', () => {
            console.log('connected by name', client.remoteAddress().address);
            client.close();
            byName.then(viaLocalhost);
          });
        });
      });
      client.send('y', port, 'broken.test');
    });
  });
  // Only once 'by name' has arrived: Node orders that datagram and this
  // name lookup by timing alone.
  function viaLocalhost() {
    const plain = dgram.createSocket('udp4');
    plain.send('via localhost', port, 'localhost', (err4, n4) => {
      console.log('send to localhost', err4, n4);
      plain.close();
    });
  }
});
function finish() {
  server.close(() => console.log('lookups:', calls.join(' ')));
}
