// Several MiB each way with backpressure: write() returns false, 'drain'
// follows, and every byte arrives in order (sha256 of both sides).
const net = require('net');
const crypto = require('crypto');
const SIZE = 6 * 1024 * 1024;
const CHUNK = 64 * 1024;
const base = Buffer.alloc(CHUNK);
for (let j = 0; j < CHUNK; j++) base[j] = (j * 31 + (j >> 8)) & 255;
// Each chunk differs, so a lost or reordered chunk changes the hash.
function pattern(i) {
  const b = Buffer.from(base);
  b[0] = i & 255;
  b[CHUNK - 1] = (i * 7) & 255;
  return b;
}
const sent = crypto.createHash('sha256');
for (let i = 0; i < SIZE / CHUNK; i++) sent.update(pattern(i));
const expected = sent.digest('hex');
// Printed at the end: when the server's end() completes relative to the
// client's reads is up to the network.
let serverDone = 'server not done';

// allowHalfOpen: the server answers after the client has ended its side.
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  const h = crypto.createHash('sha256');
  let n = 0;
  sock.on('data', (d) => { h.update(d); n += d.length; });
  sock.on('end', () => {
    console.log('server got', n, h.digest('hex') === expected);
    // Send it all back without waiting for the reader.
    let i = 0;
    let drains = 0;
    let falses = 0;
    sock.on('drain', () => { drains++; pump(); });
    function pump() {
      while (i < SIZE / CHUNK) {
        if (!sock.write(pattern(i++))) { falses++; return; }
      }
      sock.end(() => { serverDone = `server sent all, backpressure seen: ${falses > 0} ${drains > 0} ${drains === falses}`; });
    }
    pump();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => {
    let i = 0;
    let falses = 0;
    const write = () => {
      while (i < SIZE / CHUNK) {
        const ok = c.write(pattern(i++));
        if (!ok) { falses++; c.once('drain', write); return; }
      }
      console.log('client wrote all, backpressure seen:', falses > 0, c.writableLength >= 0);
      c.end();
    };
    write();
  });
  const h = crypto.createHash('sha256');
  let n = 0;
  let chunks = 0;
  c.on('data', (d) => { h.update(d); n += d.length; chunks++; });
  c.on('end', () => console.log('client got', n, h.digest('hex') === expected, chunks > 1));
  c.on('close', () => {
    console.log('bytes', c.bytesRead, c.bytesWritten);
    server.close(() => console.log(serverDone));
  });
});
