// Misuse after end(): write errors with ERR_STREAM_WRITE_AFTER_END,
// headers with ERR_HTTP_HEADERS_SENT, write of a bad chunk; the order of
// 'finish' and 'close' on both sides, writableEnded/writableFinished.
const http = require('http');
const server = http.createServer((req, res) => {
  const ev = [];
  res.on('finish', () => ev.push(`finish ${res.writableFinished}`));
  res.on('close', () => {
    ev.push('close');
    console.log('server', ev.join(' | '));
  });
  req.resume();
  try { res.write(5); } catch (e) { console.log(e.code, e.message); }
  try { res.write(null); } catch (e) { console.log(e.code, e.message); }
  res.end('done', () => ev.push('end callback'));
  console.log('ended', res.writableEnded, res.finished, res.headersSent);
  res.on('error', (e) => ev.push(`error ${e.code} ${e.message}`));
  res.write('more', (err) => ev.push(`write cb ${err && err.code}`));
  try { res.setHeader('a', 'b'); } catch (e) { console.log(e.code, e.message); }
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    res.resume();
    res.on('end', () => setTimeout(() => server.close(), 50));
  });
  const ev = [];
  req.on('finish', () => ev.push('finish'));
  req.on('close', () => {
    ev.push('close');
    console.log('client', ev.join(' | '));
  });
  req.on('error', (e) => ev.push(`error ${e.code}`));
  req.end('x');
  req.write('late', (err) => ev.push(`late cb ${err && err.code}`));
});
