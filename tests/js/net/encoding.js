// setEncoding and write encodings, including characters split across reads.
const net = require('net');
const server = net.createServer((sock) => {
  // Send a multi-byte string one byte at a time.
  const bytes = Buffer.from('héllo €𝄞 wörld');
  let i = 0;
  const next = () => {
    if (i < bytes.length) sock.write(bytes.subarray(i, ++i), next);
    else sock.end();
  };
  next();
});
const results = {};
function client(port, enc, done) {
  const c = net.connect(port, '127.0.0.1');
  if (enc) c.setEncoding(enc);
  const parts = [];
  c.on('data', (d) => parts.push(d));
  c.on('end', () => {
    results[enc || 'buffer'] = enc ? parts.join('') : Buffer.concat(parts).toString('hex');
    c.on('close', done);
  });
}
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  let left = 4;
  const done = () => {
    if (--left > 0) return;
    for (const k of Object.keys(results).sort()) console.log(k, JSON.stringify(results[k]));
    writeEncodings(port);
  };
  client(port, 'utf8', done);
  client(port, 'hex', done);
  client(port, 'base64', done);
  client(port, null, done);
});
function writeEncodings() {
  const echo = net.createServer((sock) => sock.pipe(sock));
  echo.listen(0, '127.0.0.1', () => {
    const c = net.connect(echo.address().port, '127.0.0.1');
    const parts = [];
    c.on('data', (d) => parts.push(d));
    c.write('6869', 'hex');
    c.write('IQ==', 'base64');
    c.write('ÿ', 'latin1');
    c.write(new Uint8Array([0x41, 0x42]));
    c.end('end', 'utf8');
    c.on('close', () => {
      console.log('echoed', Buffer.concat(parts).toString('hex'), c.bytesWritten);
      try { c.setEncoding('nope'); } catch (e) { console.log(e.code, e.message); }
      echo.close();
      server.close();
    });
  });
}
