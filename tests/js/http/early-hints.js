// writeContinue, writeProcessing and writeEarlyHints send 1xx heads before
// the answer; the client sees them as 'information'; bad hints throw.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeProcessing();
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload; as=script'], 'x-hint': 'h' });
  res.writeEarlyHints({ link: '</c.css>; rel=preload' }, () => console.log('hints written'));
  res.writeEarlyHints({ other: 'no link' });
  for (const bad of [{ link: 'not a link' }, { link: [5] }, { link: 5 }]) {
    try { res.writeEarlyHints(bad); } catch (e) { console.log(e.code, e.message); }
  }
  try { res.writeEarlyHints('x'); } catch (e) { console.log(e.code, e.message); }
  res.end('final');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('response', res.statusCode, d));
    res.on('end', () => server.close());
  });
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, JSON.stringify(info.headers)));
});
