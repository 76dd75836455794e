// A burst of 200 datagrams on loopback, all received, in order, with the
// send callbacks in order too.
const dgram = require('dgram');
const COUNT = 200;
const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
const got = [];
let callbacks = 0;
let callbackOrder = true;
receiver.on('message', (msg) => {
  got.push(Number(msg.toString().split(':')[1]));
  if (got.length === COUNT) finish();
});
receiver.bind(0, '127.0.0.1', () => {
  const { port } = receiver.address();
  for (let i = 0; i < COUNT; i++) {
    const payload = `datagram:${i}:${'x'.repeat(i % 50)}`;
    sender.send(payload, port, '127.0.0.1', (err, n) => {
      if (err) console.log('send error', err.code);
      if (n !== payload.length) console.log('bad count', i, n);
      if (callbacks !== i) callbackOrder = false;
      callbacks++;
    });
  }
  console.log('queued', COUNT, 'sends; send queue count is a number:', typeof sender.getSendQueueCount());
});
function finish() {
  const inOrder = got.every((v, i) => v === i);
  console.log('received', got.length, 'in order', inOrder);
  console.log('send callbacks', callbacks, 'in order', callbackOrder);
  sender.close();
  receiver.close(() => console.log('closed'));
}
