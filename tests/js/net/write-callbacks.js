// Write callbacks, 'finish', write-after-end and the writable state of a
// socket, in order on one socket.
const net = require('net');
const server = net.createServer((sock) => {
  let n = 0;
  sock.on('data', (d) => { n += d.length; });
  sock.on('end', () => sock.end(String(n)));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const log = [];
  c.on('connect', () => {
    log.push(`ret ${c.write('a', () => log.push('cb a'))}`);
    log.push(`ret ${c.write(Buffer.from('bc'), () => log.push('cb bc'))}`);
    log.push(`ret ${c.write('de', 'latin1', () => log.push('cb de'))}`);
    log.push(`len ${c.writableLength >= 0} bufferSize ${typeof c.bufferSize}`);
    c.end('f', () => log.push('end cb'));
    c.write('late', (err) => log.push(`late cb ${err.code}`));
  });
  c.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
  c.on('finish', () => log.push(`finish ${c.bytesWritten} ${c.writableFinished}`));
  let answer = '';
  c.on('data', (d) => { answer += d; });
  c.on('end', () => log.push(`end ${answer}`));
  c.on('close', (h) => {
    log.push(`close ${h}`);
    console.log(log.join('\n'));
    server.close();
  });
});
