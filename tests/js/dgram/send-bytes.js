// Send callback byte counts for every argument form (offset/length, lists,
// TypedArray, DataView, empty datagrams), what arrives, buffer sizes and
// the send queue getters.
const dgram = require('dgram');
const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
const arrived = [];
receiver.on('message', (msg, rinfo) => {
  arrived.push(`${JSON.stringify(msg.toString())}/${rinfo.size}`);
});
receiver.bind({ port: 0, address: '127.0.0.1' }, () => {
  const { port } = receiver.address();
  const buf = Buffer.from('0123456789');
  const cases = [
    ['string', (cb) => sender.send('hello', port, '127.0.0.1', cb)],
    ['offset/length', (cb) => sender.send(buf, 2, 5, port, '127.0.0.1', cb)],
    ['string offset/length', (cb) => sender.send('abcdef', 1, 3, port, '127.0.0.1', cb)],
    ['zero length slice', (cb) => sender.send(buf, 3, 0, port, '127.0.0.1', cb)],
    ['empty string', (cb) => sender.send('', port, '127.0.0.1', cb)],
    ['empty list', (cb) => sender.send([], port, '127.0.0.1', cb)],
    ['list', (cb) => sender.send(['ab', Buffer.from('cd'), new Uint8Array([101])], port, '127.0.0.1', cb)],
    ['Uint16Array', (cb) => sender.send(new Uint16Array([0x4241, 0x4443]), port, '127.0.0.1', cb)],
    ['DataView', (cb) => sender.send(new DataView(buf.buffer, buf.byteOffset + 7, 3), port, '127.0.0.1', cb)],
    ['utf8', (cb) => sender.send('héllo €', port, '127.0.0.1', cb)],
    ['port as string', (cb) => sender.send('str port', String(port), '127.0.0.1', cb)],
    ['address null', (cb) => sender.send('null address', port, null, cb)],
    ['large', (cb) => sender.send(Buffer.alloc(8000, 120), port, '127.0.0.1', cb)],
  ];
  let i = 0;
  const next = () => {
    if (i === cases.length) return setTimeout(report, 50);
    const [label, run] = cases[i++];
    run((err, n) => {
      console.log(label, err, n);
      next();
    });
  };
  next();
});
function report() {
  for (const line of arrived) console.log('arrived', line.length > 60 ? `${line.slice(0, 20)}...${line.slice(-8)}` : line);
  console.log('queue', sender.getSendQueueSize(), sender.getSendQueueCount());
  receiver.setRecvBufferSize(65536);
  receiver.setSendBufferSize(32768);
  console.log('buffer sizes after set', receiver.getRecvBufferSize(), receiver.getSendBufferSize());
  console.log('setTTL returns', sender.setTTL(12));
  // A send without a callback is fire-and-forget.
  console.log('send returns', sender.send('no callback', receiver.address().port, '127.0.0.1'));
  setTimeout(() => {
    console.log('last arrived', arrived[arrived.length - 1]);
    sender.close();
    receiver.close();
  }, 50);
}
